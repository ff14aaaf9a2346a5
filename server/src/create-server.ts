// The Flink fault-tolerance language server on a given connection: wires the analyzer to LSP. Each
// feature lives in its own file; this one holds the capabilities and the event wiring only.
// server.ts runs it over IPC or stdio; tests run it in-process over a stream pair.
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  FileChangeType,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { createAnalyzer, WorkspaceIndex, type AnalysisResult, type Analyzer } from '../../core/analysis/index.js';
import { ConfigDocuments } from './config-documents.js';
import { IdleGate } from './idle-gate.js';
import { indexWorkspace, reindexFile, workspaceRoots } from './workspace-files.js';
import { AnalysisCache } from './analysis-cache.js';
import { codeActionsFor } from './code-actions.js';
import { codeLensesFor } from './code-lens.js';
import { DiagnosticsPublisher, notAnalysedDiagnostic, toDiagnostic } from './diagnostics.js';
import { DEFAULT_MAX_FILE_BYTES } from '../../core/source-files/index.js';
import { DocumentStore } from './documents.js';
import { hoverAt } from './hover.js';
import { describeError, LogOnce } from './log-once.js';
import { ListRulesRequest } from '../../core/protocol/index.js';
import { Reanalysis } from './reanalysis.js';
import { SettingsStore } from './settings.js';

/** Everything that exists once the analyzer has loaded its grammars. */
interface Services {
  analyzer: Analyzer;
  documents: DocumentStore;
  settings: SettingsStore;
  cache: AnalysisCache;
  diagnostics: DiagnosticsPublisher;
  /** Facts of every workspace file: helpers, custom sources, config files, the Flink version. */
  index: WorkspaceIndex;
  configDocuments: ConfigDocuments;
  roots: string[];
}

export interface ServerOptions {
  /** Where the grammar .wasm files are; default: the analyzer's own lookup (node_modules in a checkout). */
  wasmDir?: string;
}

/** Registers every handler on `connection`; the caller calls `listen()`. */
export function createServer(connection: Connection, options: ServerOptions = {}): Connection {
  const log = new LogOnce((message) => connection.console.error(message));

  let services: Services | undefined;
  /** Editor messages touch it; workspace indexing waits for it to be quiet. */
  const idle = new IdleGate();
  let canRegisterConfigurationChange = false;
  const reanalysis = new Reanalysis(() => services);

  connection.onInitialize(async (params): Promise<InitializeResult> => {
    const canPullSettings = params.capabilities.workspace?.configuration === true;
    canRegisterConfigurationChange = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    try {
      const analyzer = await createAnalyzer(options.wasmDir !== undefined ? { wasmDir: options.wasmDir } : {});
      for (const { languageId, error } of analyzer.grammarFailures) {
        connection.console.error(`The ${languageId} grammar could not be loaded; ${languageId} files are not analysed: ${describeError(error)}`);
      }
      const documents = new DocumentStore(analyzer, log);
      const settings = new SettingsStore(
        canPullSettings
          ? (uri) => connection.workspace.getConfiguration({ scopeUri: uri, section: 'flinkFt' }) as Promise<unknown>
          : undefined,
        log,
      );
      const index = new WorkspaceIndex(analyzer);
      const cache = new AnalysisCache(analyzer, log, (document, documentSettings) => reanalysis.analyze(document, documentSettings));
      const diagnostics = new DiagnosticsPublisher({
        documents,
        settings,
        cache,
        publish: (diagnosticsParams) => void connection.sendDiagnostics(diagnosticsParams),
      });
      const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
      services = { analyzer, documents, settings, cache, diagnostics, index, configDocuments: new ConfigDocuments(index), roots: workspaceRoots(folders) };
    } catch (error) {
      // Without grammars there is nothing to analyse, but the editor should keep working.
      connection.console.error(`Flink analysis is unavailable: could not load the analyzer: ${describeError(error)}`);
    }
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        hoverProvider: true,
        codeLensProvider: { resolveProvider: false },
      },
      serverInfo: { name: 'flink-ft' },
    };
  });

  connection.onInitialized(() => {
    // Settings are pulled; this only asks the client to say when `flinkFt` changes.
    if (canRegisterConfigurationChange) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'flinkFt' });
    }
    // Index the workspace after answering, so the first diagnostics of open files are not held up;
    // they are re-analysed once the other files are known.
    setImmediate(async () => {
      const s = services;
      if (!s || s.roots.length === 0) return;
      try {
        const isOpen = (uri: string): boolean => s.documents.get(uri) !== undefined || s.configDocuments.has(uri);
        const { indexed, skipped } = await indexWorkspace(s.index, s.roots, isOpen, () => idle.whenQuiet());
        connection.console.log(`Indexed ${indexed} workspace files for cross-file analysis.`);
        for (const { path, reason } of skipped) connection.console.warn(`Not indexed: ${JSON.stringify(path)}: ${reason}`);
      } catch (error) {
        connection.console.error(`Could not index the workspace; files are analysed one by one: ${describeError(error)}`);
      }
      reanalysis.allCode();
    });
  });

  async function publishConfigDiagnostics(uri: string): Promise<void> {
    if (!services) return;
    const settings = await services.settings.get(uri);
    const findings = services.index.configFindings(uri, settings);
    const version = services.configDocuments.version(uri);
    void connection.sendDiagnostics({ uri, ...(version !== undefined ? { version } : {}), diagnostics: findings.map((f) => toDiagnostic(f, uri)) });
  }

  connection.onDidOpenTextDocument((params) => {
    idle.touch();
    if (services?.configDocuments.open(params)) {
      void publishConfigDiagnostics(params.textDocument.uri);
      reanalysis.allCode();
      return;
    }
    const { uri, text } = params.textDocument;
    // The same cap as the CLI's default (in UTF-16 units, near enough to bytes for code): parsing
    // and analysing more would hold up every request behind it.
    if (services && text.length > DEFAULT_MAX_FILE_BYTES && services.analyzer.languageForPath(uri) !== undefined) {
      void connection.sendDiagnostics({ uri, diagnostics: [notAnalysedDiagnostic(`too large (${text.length} characters, limit ${DEFAULT_MAX_FILE_BYTES})`)] });
      return;
    }
    if (services?.documents.open(params)) services.diagnostics.schedule(uri);
  });

  connection.onDidChangeTextDocument((params) => {
    idle.touch();
    const uri = params.textDocument.uri;
    if (services?.configDocuments.change(params)) {
      void publishConfigDiagnostics(uri);
      reanalysis.allCode();
      return;
    }
    if (!services?.documents.get(uri)) return;
    if (services.documents.change(params)) services.diagnostics.schedule(uri);
    else forget(uri);
  });

  connection.onDidCloseTextDocument(({ textDocument }) => {
    if (services?.configDocuments.close(textDocument.uri)) {
      // Unsaved edits are gone with the editor: the file on disk is what the cluster reads.
      reindexFile(services.index, textDocument.uri);
      void connection.sendDiagnostics({ uri: textDocument.uri, diagnostics: [] });
      reanalysis.allCode();
      return;
    }
    services?.documents.close(textDocument.uri);
    forget(textDocument.uri);
    // The index held the editor's text; the file on disk (if any) is what other files now see.
    if (services && services.index.kindOf(textDocument.uri) === 'code') {
      const declared = services.index.declaredClassesOf(textDocument.uri);
      if (textDocument.uri.startsWith('file:')) reindexFile(services.index, textDocument.uri);
      else services.index.remove(textDocument.uri);
      reanalysis.dependentsOf(textDocument.uri, declared);
    }
  });

  // Files changed outside the editor (a pull, a build script, another tool): the client watches them.
  connection.onDidChangeWatchedFiles(({ changes }) => {
    if (!services) return;
    let configChanged = false;
    for (const { uri, type } of changes) {
      if (services.documents.get(uri) || services.configDocuments.has(uri)) continue;
      const kind = services.index.kindOf(uri);
      if (kind === 'other') continue;
      const declared = services.index.declaredClassesOf(uri);
      if (type === FileChangeType.Deleted) services.index.remove(uri);
      else reindexFile(services.index, uri);
      if (kind === 'code') reanalysis.dependentsOf(uri, declared);
      else configChanged = true;
    }
    if (configChanged) reanalysis.allCode();
  });

  function forget(uri: string): void {
    if (!services) return;
    services.settings.forget(uri);
    services.cache.forget(uri);
    services.diagnostics.clear(uri);
  }

  connection.onDidChangeConfiguration(() => {
    if (!services) return;
    services.settings.clear();
    services.diagnostics.scheduleAll();
  });

  /** The analysis of a document's current version, shared with the diagnostics pass. */
  async function resultFor(uri: string): Promise<AnalysisResult | undefined> {
    if (services?.configDocuments.has(uri)) {
      const settings = await services.settings.get(uri);
      return { findings: services.index.configFindings(uri, settings), jobs: [], hovers: [], ruleErrors: [] };
    }
    const document = services?.documents.get(uri);
    if (!services || !document) return undefined;
    const settings = await services.settings.get(uri);
    return services.cache.resultFor(document, settings);
  }

  connection.onCodeAction(async ({ textDocument, context }) => {
    idle.touch();
    const result = await resultFor(textDocument.uri);
    return result ? codeActionsFor(textDocument.uri, result, context) : [];
  });

  connection.onHover(async ({ textDocument, position }) => {
    idle.touch();
    const result = await resultFor(textDocument.uri);
    return result ? hoverAt(result, position) : null;
  });

  connection.onCodeLens(async ({ textDocument }) => {
    idle.touch();
    const result = await resultFor(textDocument.uri);
    return result ? codeLensesFor(result) : [];
  });

  connection.onRequest(ListRulesRequest.method, (): ListRulesRequest.Result =>
    (services?.analyzer.rules ?? []).map(({ id, name, description, docsUrl }) => ({ id, name, description, docsUrl })),
  );

  connection.onShutdown(() => services?.diagnostics.dispose());
  return connection;
}
