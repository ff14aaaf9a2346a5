// One open document: its text, its syntax tree, and incremental re-parsing from LSP edits.
import type { Parser, Point, Tree } from 'web-tree-sitter';
import type { LanguageId, Position, Range } from '../types.js';
import { advancePosition, LineIndex } from './line-index.js';

/** LSP TextDocumentContentChangeEvent: a ranged edit, or the whole new text. */
export type ContentChange = { range: Range; text: string } | { text: string };

export interface ParsedDocument {
  readonly uri: string;
  readonly languageId: LanguageId;
  readonly version: number;
  readonly text: string;
  /** Applies LSP content changes in order and re-parses incrementally, reusing the previous tree. */
  update(changes: ContentChange[], version: number): void;
  dispose(): void;
}

function toPoint(position: Position): Point {
  return { row: position.line, column: position.character };
}

/** Far above any real parse (a 5,000-line file parses in ~25 ms); only runaway grammars reach it. */
export const PARSE_BUDGET_MS = 3_000;

/** The implementation behind ParsedDocument; the analyzer reads its tree and line index. */
export class TreeDocument implements ParsedDocument {
  private currentText: string;
  private currentVersion: number;
  private lines: LineIndex;
  private currentTree: Tree | null;
  private failure: Error | undefined;
  /** Edits were applied to the text (and described to the old tree) since the last parse. */
  private stale = false;
  private disposed = false;

  constructor(
    readonly uri: string,
    readonly languageId: LanguageId,
    text: string,
    version: number,
    /** Absent when the grammar could not be loaded: the document then has no tree. */
    private readonly parser: Parser | undefined,
  ) {
    this.currentText = text;
    this.currentVersion = version;
    this.lines = new LineIndex(text);
    this.currentTree = this.parse(null);
  }

  get text(): string {
    return this.currentText;
  }

  get version(): number {
    return this.currentVersion;
  }

  /**
   * The syntax tree for the current text, or null without a grammar or after dispose(). Parsed
   * when first asked for after edits: a burst of keystrokes costs one incremental parse, not one
   * per keystroke (2,000 rapid edits used to parse 2,000 times before any request was answered).
   */
  get tree(): Tree | null {
    if (this.stale && this.parser && !this.disposed) {
      const old = this.currentTree;
      this.currentTree = this.parse(old);
      old?.delete();
      this.stale = false;
    }
    return this.currentTree;
  }

  /** Why there is no tree although there is a grammar (parsing ran over its time budget). */
  get parseFailure(): Error | undefined {
    void this.tree; // parse first if edits are pending
    return this.failure;
  }

  /**
   * Some grammars take time quadratic in the input on some shapes (tree-sitter-scala on a chain of
   * thousands of calls: 4,000 links 8 s, 20,000 links nearly 5 minutes). Parsing is cancelled after
   * {@link PARSE_BUDGET_MS}; the document then has no tree and says why, so it is reported as not
   * analysed instead of hanging the editor or the CLI.
   */
  private parse(old: Tree | null): Tree | null {
    if (!this.parser) return null;
    const started = performance.now();
    const tree = this.parser.parse(this.currentText, old, { progressCallback: () => performance.now() - started > PARSE_BUDGET_MS });
    if (tree) {
      this.failure = undefined;
      return tree;
    }
    this.parser.reset(); // a cancelled parse would otherwise resume on the next call
    this.failure = new Error(`parsing took longer than ${PARSE_BUDGET_MS / 1000} s and was stopped (the code is too large or too deeply nested to analyse)`);
    return null;
  }

  get lineIndex(): LineIndex {
    return this.lines;
  }

  update(changes: ContentChange[], version: number): void {
    if (this.disposed) throw new Error(`Document ${this.uri} was disposed`);
    // All or nothing: a bad change found after others were applied would leave half an edit.
    for (const change of changes) assertValidChange(change);
    for (const change of changes) {
      if ('range' in change && change.range) {
        this.applyRangedChange(change.range, change.text);
      } else {
        this.currentText = change.text;
        this.lines = new LineIndex(change.text);
        // A full replacement has no edit to describe to the old tree: parse from scratch.
        this.currentTree?.delete();
        this.currentTree = null;
      }
    }
    this.currentVersion = version;
    this.stale = true;
  }

  private applyRangedChange(range: Range, inserted: string): void {
    const startIndex = this.lines.offsetAt(range.start);
    const oldEndIndex = Math.max(startIndex, this.lines.offsetAt(range.end));
    // Re-derive positions from the clamped indices so the tree edit matches the text exactly.
    const start = this.lines.positionAt(startIndex);
    const oldEnd = this.lines.positionAt(oldEndIndex);
    const newEnd = advancePosition(start, inserted);
    this.currentText = this.currentText.slice(0, startIndex) + inserted + this.currentText.slice(oldEndIndex);
    this.lines = new LineIndex(this.currentText);
    this.currentTree?.edit({
      startIndex,
      oldEndIndex,
      newEndIndex: startIndex + inserted.length,
      startPosition: toPoint(start),
      oldEndPosition: toPoint(oldEnd),
      newEndPosition: toPoint(newEnd),
    });
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.currentTree?.delete();
    this.currentTree = null;
  }
}

/**
 * LSP positions are unsigned integers. A fractional or negative one slices the text between code
 * units and silently corrupts the document (and the tree edit), so it is refused.
 */
function assertValidChange(change: ContentChange): void {
  if (typeof change.text !== 'string') throw new Error('Invalid content change: its text is not a string');
  if (!('range' in change) || !change.range) return;
  for (const [name, position] of [['start', change.range.start], ['end', change.range.end]] as const) {
    const { line, character } = position ?? {};
    if (!isUnsignedInteger(line) || !isUnsignedInteger(character)) {
      throw new Error(`Invalid content change: range ${name} ${JSON.stringify(position)} is not a valid LSP position (line and character must be integers ≥ 0)`);
    }
  }
}

function isUnsignedInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
