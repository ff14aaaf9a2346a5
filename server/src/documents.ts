// One ParsedDocument per open editor document. Edits are handed to the analyzer as LSP content
// changes so it can re-parse the syntax tree incrementally instead of from the full text.
import type {
  DidChangeTextDocumentParams,
  DidOpenTextDocumentParams,
} from 'vscode-languageserver/node';
import type { Analyzer, LanguageId, ParsedDocument } from '../../core/analysis/index.js';
import { describeError, errorKey, type LogOnce } from './log-once.js';

const editorLanguages: Record<string, LanguageId> = { java: 'java', python: 'python', scala: 'scala' };

export class DocumentStore {
  private readonly documents = new Map<string, ParsedDocument>();

  constructor(
    private readonly analyzer: Analyzer,
    private readonly log: LogOnce,
  ) {}

  /** Starts tracking a document; returns undefined for languages the analyzer does not read. */
  open({ textDocument }: DidOpenTextDocumentParams): ParsedDocument | undefined {
    const language = editorLanguages[textDocument.languageId] ?? this.analyzer.languageForPath(uriPath(textDocument.uri));
    if (!language) return undefined;
    this.close(textDocument.uri);
    try {
      const document = this.analyzer.open(textDocument.uri, language, textDocument.text, textDocument.version);
      this.documents.set(textDocument.uri, document);
      return document;
    } catch (error) {
      this.log.error(`open:${errorKey(error)}`, `Could not parse ${textDocument.uri}: ${describeError(error)}`);
      return undefined;
    }
  }

  /** Applies incremental (or full) changes; returns the document if it is tracked. */
  change({ textDocument, contentChanges }: DidChangeTextDocumentParams): ParsedDocument | undefined {
    const document = this.documents.get(textDocument.uri);
    if (!document) return undefined;
    try {
      document.update(contentChanges, textDocument.version);
    } catch (error) {
      // The analyzer's copy may now disagree with the editor; dropping it is safer than analysing
      // text the user never wrote. The next full open (or a reload) brings it back.
      this.log.error(`update:${errorKey(error)}`, `Could not apply an edit to ${textDocument.uri}: ${describeError(error)}`);
      this.close(textDocument.uri);
      return undefined;
    }
    return document;
  }

  close(uri: string): void {
    const document = this.documents.get(uri);
    if (!document) return;
    this.documents.delete(uri);
    try {
      document.dispose();
    } catch (error) {
      this.log.error(`dispose:${errorKey(error)}`, `Could not release ${uri}: ${describeError(error)}`);
    }
  }

  get(uri: string): ParsedDocument | undefined {
    return this.documents.get(uri);
  }

  uris(): string[] {
    return [...this.documents.keys()];
  }
}

/** The path part of a document URI, for guessing the language from the file extension. */
function uriPath(uri: string): string {
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return uri;
  }
}
