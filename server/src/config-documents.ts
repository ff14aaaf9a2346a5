// Open Flink config files (config.yaml, flink-conf.yaml, docker-compose*.yml): their text follows
// the editor's edits, the workspace index reads them, and their own diagnostics are published.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DidChangeTextDocumentParams, DidOpenTextDocumentParams } from 'vscode-languageserver/node';
import type { WorkspaceIndex } from '../../core/analysis/index.js';

export class ConfigDocuments {
  private readonly documents = new Map<string, TextDocument>();

  constructor(private readonly index: WorkspaceIndex) {}

  /** Whether the index reads this document as a config or build file. */
  handles(uri: string): boolean {
    const kind = this.index.kindOf(uri);
    return kind === 'config' || kind === 'version';
  }

  open({ textDocument }: DidOpenTextDocumentParams): boolean {
    if (!this.handles(textDocument.uri)) return false;
    const document = TextDocument.create(textDocument.uri, textDocument.languageId, textDocument.version, textDocument.text);
    this.documents.set(textDocument.uri, document);
    this.index.updateText(textDocument.uri, document.getText());
    return true;
  }

  change({ textDocument, contentChanges }: DidChangeTextDocumentParams): boolean {
    const document = this.documents.get(textDocument.uri);
    if (!document) return false;
    const updated = TextDocument.update(document, contentChanges, textDocument.version);
    this.documents.set(textDocument.uri, updated);
    this.index.updateText(textDocument.uri, updated.getText());
    return true;
  }

  /** The editor closed it: the file on disk stays part of the workspace, so the index keeps it. */
  close(uri: string): boolean {
    return this.documents.delete(uri);
  }

  has(uri: string): boolean {
    return this.documents.has(uri);
  }

  version(uri: string): number | undefined {
    return this.documents.get(uri)?.version;
  }
}
