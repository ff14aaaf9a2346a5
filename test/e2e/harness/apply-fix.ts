// Applies an analyzer fix to a text the way VS Code applies a workspace edit, so the tier can
// compute the file a quick fix should leave behind and what the analyzer says about it.
import type { Fix, Position } from '../../../core/analysis/index.js';

export function applyFix(text: string, fix: Fix): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const offset = ({ line, character }: Position): number => (lineStarts[line] ?? text.length) + character;
  // Last edit first, so earlier offsets stay valid.
  const edits = [...fix.edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let result = text;
  for (const edit of edits) result = result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end));
  return result;
}
