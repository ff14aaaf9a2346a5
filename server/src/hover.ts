// Hovers on sources, sinks and checkpoint calls explain the delivery guarantee; the analyzer writes
// the markdown, this file picks the innermost hover under the cursor.
import { MarkupKind, type Hover, type Position, type Range } from 'vscode-languageserver/node';
import type { AnalysisResult } from '../../core/analysis/index.js';

export function hoverAt(result: AnalysisResult, position: Position): Hover | null {
  let best: Range | undefined;
  for (const { range } of result.hovers) {
    if (!contains(range, position)) continue;
    // A call nested in a builder chain wins over the chain around it.
    if (!best || (contains(best, range.start) && contains(best, range.end))) best = range;
  }
  if (!best) return null;
  // One call can mean several things (`enableCheckpointing(ms, mode)` sets interval and mode):
  // show every explanation of exactly that range, each once.
  const innermost = best;
  const sections = [...new Set(result.hovers.filter(({ range }) => rangesEqual(range, innermost)).map(({ markdown }) => markdown))];
  return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') }, range: innermost };
}

function contains(range: Range, position: Position): boolean {
  return !before(position, range.start) && !before(range.end, position);
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function rangesEqual(a: Range, b: Range): boolean {
  return !before(a.start, b.start) && !before(b.start, a.start) && !before(a.end, b.end) && !before(b.end, a.end);
}
