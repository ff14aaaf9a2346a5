// Hovers on sources, sinks and checkpoint calls explain the delivery guarantee; the analyzer writes
// the markdown, this file only picks the innermost hover under the cursor.
import { MarkupKind, type Hover, type Position, type Range } from 'vscode-languageserver/node';
import type { AnalysisResult, HoverInfo } from '../../core/analysis/index.js';

export function hoverAt(result: AnalysisResult, position: Position): Hover | null {
  let best: HoverInfo | undefined;
  for (const hover of result.hovers) {
    if (!contains(hover.range, position)) continue;
    // A call nested in a builder chain wins over the chain around it.
    if (!best || (contains(best.range, hover.range.start) && contains(best.range, hover.range.end))) best = hover;
  }
  if (!best) return null;
  return { contents: { kind: MarkupKind.Markdown, value: best.markdown }, range: best.range };
}

function contains(range: Range, position: Position): boolean {
  return !before(position, range.start) && !before(range.end, position);
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}
