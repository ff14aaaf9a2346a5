// Converts between LSP positions (line, UTF-16 character) and string indices. web-tree-sitter 0.25
// parses JS strings as UTF-16, so its indices are JS string indices and its columns are UTF-16 code
// units: exactly LSP characters (checked by parsed-document.test.ts with non-ASCII text).
import type { Position } from '../types.js';

export class LineIndex {
  /** Index of the first character of each line. */
  private readonly starts: number[];

  constructor(private readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The text of one line without its line break ('' past the end). */
  lineText(line: number): string {
    if (line < 0 || line >= this.starts.length) return '';
    const start = this.starts[line]!;
    let end = line + 1 < this.starts.length ? this.starts[line + 1]! : this.text.length;
    while (end > start && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    return this.text.slice(start, end);
  }

  /** Clamps like LSP clients expect: a line past the end means the end of the text. */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line]!;
    const next = position.line + 1 < this.starts.length ? this.starts[position.line + 1]! : this.text.length;
    let lineEnd = next;
    // The character offset never reaches into the line break.
    while (lineEnd > start && (this.text.charCodeAt(lineEnd - 1) === 10 || this.text.charCodeAt(lineEnd - 1) === 13)) lineEnd--;
    return Math.min(start + Math.max(0, position.character), lineEnd);
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.starts[low]! };
  }
}

/** The position reached after writing `inserted` starting at `start`. */
export function advancePosition(start: Position, inserted: string): Position {
  let line = start.line;
  let lastLineStart = -1;
  for (let i = 0; i < inserted.length; i++) {
    const c = inserted.charCodeAt(i);
    if (c === 10) {
      line++;
      lastLineStart = i + 1;
    } else if (c === 13) {
      if (inserted.charCodeAt(i + 1) === 10) i++;
      line++;
      lastLineStart = i + 1;
    }
  }
  return lastLineStart < 0
    ? { line, character: start.character + inserted.length }
    : { line, character: inserted.length - lastLineStart };
}
