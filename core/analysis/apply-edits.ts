// Applies LSP text edits to a string (used by the RuleTester and the docs test to check fixes).
import { LineIndex } from './parse/line-index.js';
import type { TextEdit } from './types.js';

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  const resolved = edits
    .map((edit) => ({ start: lines.offsetAt(edit.range.start), end: lines.offsetAt(edit.range.end), text: edit.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  for (const edit of resolved) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}
