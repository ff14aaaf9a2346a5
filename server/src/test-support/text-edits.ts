// A tiny text-edit applier so tests can check what a quick fix really does to the text, and keep
// the client's copy of a document in step with the incremental changes it sends.
import type { Position, Range, TextEdit } from 'vscode-languageserver/node';

/** Offset of an LSP position (0-based line, UTF-16 character) in `text`; clamped like editors do. */
export function offsetAt(text: string, position: Position): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) {
    const newline = text.indexOf('\n', offset);
    if (newline === -1) return text.length;
    offset = newline + 1;
  }
  const lineEnd = text.indexOf('\n', offset);
  return Math.min(offset + position.character, lineEnd === -1 ? text.length : lineEnd);
}

export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** The range of the `occurrence`-th (0-based) match of `search`; throws if there is none. */
export function rangeOf(text: string, search: string, occurrence = 0): Range {
  let index = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    index = text.indexOf(search, index + 1);
    if (index === -1) throw new Error(`"${search}" occurs fewer than ${occurrence + 1} times`);
  }
  return { start: positionAt(text, index), end: positionAt(text, index + search.length) };
}

/** Applies edits that do not overlap, as LSP requires: all ranges refer to the original text. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const resolved = edits
    .map((edit, order) => ({ start: offsetAt(text, edit.range.start), end: offsetAt(text, edit.range.end), newText: edit.newText, order }))
    .sort((a, b) => b.start - a.start || b.order - a.order);
  let result = text;
  for (const { start, end, newText } of resolved) result = result.slice(0, start) + newText + result.slice(end);
  return result;
}
