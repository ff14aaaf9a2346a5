// A small LSP client for tests: speaks the protocol to the server as an editor would, keeping its
// own copy of each document so edits can be checked as text. The server runs in-process over a
// stream pair (`start`: fast, no bundle) or as the bundled process over stdio (`startBundle`: the
// few end-to-end tests of what only the process shows, such as surviving hostile input).
import { spawn } from 'node:child_process';
import { PassThrough } from 'node:stream';
import {
  createConnection,
  CodeActionRequest,
  CodeLensRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RequestType0,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type CodeAction,
  type CodeLens,
  type Command,
  type Diagnostic,
  type Hover,
  type MessageReader,
  type MessageWriter,
  type Position,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver/node';
import { ListRulesRequest } from '../../../core/protocol/index.js';
import { createServer } from '../create-server.js';
import { ensureServerBundle, repoRoot } from './server-bundle.js';
import { applyTextEdits, rangeOf } from './text-edits.js';

const defaultTimeoutMs = 10_000;

interface OpenDocument {
  text: string;
  version: number;
}

interface DiagnosticsWaiter {
  uri: string;
  accept(params: PublishDiagnosticsParams): boolean;
  resolve(params: PublishDiagnosticsParams): void;
}

/** Where the server runs: its end of the connection, and how to tell it is alive and to stop it. */
interface ServerHandle {
  reader: MessageReader;
  writer: MessageWriter;
  /** Sent in `initialize`; the server exits when that process dies (null: no watchdog, in-process). */
  processId: number | null;
  alive(): boolean;
  errors(): string;
  /** Writes bytes as they are, around the JSON-RPC library (only a real process has a stdin). */
  writeRaw(bytes: Buffer): void;
  /** After `shutdown`: ends the server (the exit notification for a process; in-process it would exit the test runner). */
  end(connection: ProtocolConnection): Promise<void>;
}

export class LspTestClient {
  /** Messages the server logged through `window/logMessage`. */
  readonly logs: string[] = [];
  private readonly documents = new Map<string, OpenDocument>();
  private readonly published = new Map<string, PublishDiagnosticsParams>();
  private waiters: DiagnosticsWaiter[] = [];

  private constructor(
    private readonly server: ServerHandle,
    private readonly connection: ProtocolConnection,
    /** What the client answers for the `flinkFt` section, per document URI. */
    private settings: (scopeUri: string | undefined) => unknown,
  ) {
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.set(params.uri, params);
      this.waiters = this.waiters.filter((waiter) => {
        if (waiter.uri !== params.uri || !waiter.accept(params)) return true;
        waiter.resolve(params);
        return false;
      });
    });
    connection.onNotification(LogMessageNotification.type, ({ message }) => this.logs.push(message));
    connection.onRequest(ConfigurationRequest.type, ({ items }) =>
      items.map((item) => (item.section === 'flinkFt' ? this.settings(item.scopeUri) : null)),
    );
  }

  /** Starts the server in this process (createServer over a stream pair) and completes the LSP handshake. */
  static start(settings: (scopeUri: string | undefined) => unknown = () => ({})): Promise<LspTestClient> {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    // Reader and writer, not the streams: given streams, the library exits the process when they end.
    const server = createServer(createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient)));
    server.listen();
    return LspTestClient.handshake(
      {
        reader: new StreamMessageReader(toClient),
        writer: new StreamMessageWriter(toServer),
        processId: null,
        alive: () => true,
        errors: () => '',
        writeRaw: () => {
          throw new Error('writeRaw needs the server process: use LspTestClient.startBundle()');
        },
        end: async () => {
          server.dispose();
          toServer.end();
          toClient.end();
        },
      },
      settings,
    );
  }

  /** Starts the bundled server with --stdio (building it if its sources changed) and completes the LSP handshake. */
  static async startBundle(settings: (scopeUri: string | undefined) => unknown = () => ({})): Promise<LspTestClient> {
    const bundle = await ensureServerBundle();
    const child = spawn(process.execPath, [bundle, '--stdio'], { cwd: repoRoot, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    let exitCode: number | null | undefined;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<void>((resolve) => child.once('exit', (code) => ((exitCode = code), resolve())));
    return LspTestClient.handshake(
      {
        reader: new StreamMessageReader(child.stdout),
        writer: new StreamMessageWriter(child.stdin),
        processId: process.pid,
        alive: () => exitCode === undefined,
        errors: () => stderr,
        writeRaw: (bytes) => void child.stdin.write(bytes),
        end: async (connection) => {
          await connection.sendNotification(ExitNotification.type);
          await exited;
        },
      },
      settings,
    );
  }

  private static async handshake(server: ServerHandle, settings: (scopeUri: string | undefined) => unknown): Promise<LspTestClient> {
    const connection = createProtocolConnection(server.reader, server.writer);
    const client = new LspTestClient(server, connection, settings);
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, {
      processId: server.processId,
      rootUri: null,
      workspaceFolders: null,
      capabilities: {
        workspace: { configuration: true },
        textDocument: {
          publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, versionSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
        },
      },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  /**
   * Writes one framed message body as is, bypassing the JSON-RPC library (for malformed JSON and
   * wrong shapes). The framing stays valid so later messages are still read.
   */
  writeRaw(body: string | Buffer): void {
    const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
    this.server.writeRaw(Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`, 'ascii'), bytes]));
  }

  /** True while the server process runs; a crash sets it false. */
  get alive(): boolean {
    return this.server.alive();
  }

  /** What the server process wrote to stderr, for failure messages. */
  get serverErrors(): string {
    return this.server.errors();
  }

  async open(uri: string, text: string, languageId = 'java'): Promise<void> {
    this.documents.set(uri, { text, version: 1 });
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version: 1, text },
    });
  }

  /** Sends changes as the editor would and applies them to the client's copy. Returns the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const document = this.document(uri);
    document.version += 1;
    for (const change of changes) {
      document.text = 'range' in change ? applyTextEdits(document.text, [{ range: change.range, newText: change.text }]) : change.text;
    }
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: document.version },
      contentChanges: changes,
    });
    return document.version;
  }

  /** An incremental change that replaces the first occurrence of `search`. */
  replace(uri: string, search: string, replacement: string): Promise<number> {
    return this.change(uri, [{ range: rangeOf(this.text(uri), search), text: replacement }]);
  }

  async close(uri: string): Promise<void> {
    this.documents.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  text(uri: string): string {
    return this.document(uri).text;
  }

  version(uri: string): number {
    return this.document(uri).version;
  }

  /** Waits for the diagnostics of the document's current version. */
  diagnostics(uri: string): Promise<Diagnostic[]> {
    const version = this.version(uri);
    return this.diagnosticsWhere(uri, (params) => params.version === version).then((params) => params.diagnostics);
  }

  /** Waits for a publication that satisfies `accept`, including one already received. */
  diagnosticsWhere(uri: string, accept: (params: PublishDiagnosticsParams) => boolean, timeoutMs = defaultTimeoutMs): Promise<PublishDiagnosticsParams> {
    const latest = this.published.get(uri);
    if (latest && accept(latest)) return Promise.resolve(latest);
    return this.nextDiagnostics(uri, accept, timeoutMs);
  }

  /** Waits for the next publication that satisfies `accept`; call it before the action that causes it. */
  nextDiagnostics(uri: string, accept: (params: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = defaultTimeoutMs): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const waiter: DiagnosticsWaiter = { uri, accept, resolve: (params) => (clearTimeout(timer), resolve(params)) };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((other) => other !== waiter);
        const last = this.published.get(uri);
        reject(new Error(`No matching diagnostics for ${uri} within ${timeoutMs} ms; last published: ${JSON.stringify(last)}; server log: ${this.logs.join('\n')}; server stderr: ${this.server.errors()}`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** The code actions the editor would request for one diagnostic (or a range with no diagnostics). */
  async codeActions(uri: string, target: Diagnostic | Range): Promise<(CodeAction | Command)[]> {
    const isDiagnostic = 'message' in target;
    const actions = await this.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: isDiagnostic ? target.range : target,
      context: { diagnostics: isDiagnostic ? [target] : [] },
    });
    return actions ?? [];
  }

  /** The document text after applying a code action's workspace edit to this document. */
  textAfter(uri: string, action: CodeAction | Command): string {
    if (!('edit' in action) || !action.edit?.changes) throw new Error(`Code action "${action.title}" has no edit`);
    return applyTextEdits(this.text(uri), action.edit.changes[uri] ?? []);
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  }

  async codeLenses(uri: string): Promise<CodeLens[]> {
    return (await this.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } })) ?? [];
  }

  listRules(): Promise<ListRulesRequest.Result> {
    return this.connection.sendRequest(new RequestType0<ListRulesRequest.Result, void>(ListRulesRequest.method));
  }

  /** Changes what the client answers for `flinkFt` and tells the server, as VS Code does. */
  async updateSettings(settings: (scopeUri: string | undefined) => unknown): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  async stop(): Promise<void> {
    if (this.alive) {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.server.end(this.connection);
    }
    this.connection.dispose();
  }

  private document(uri: string): OpenDocument {
    const document = this.documents.get(uri);
    if (!document) throw new Error(`${uri} is not open`);
    return document;
  }
}
