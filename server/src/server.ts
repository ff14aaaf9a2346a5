// The Flink fault-tolerance language server: wires the analyzer to LSP. Each feature lives in its
// own file; this one holds the connection, the capabilities and the event wiring only.
// Started by the VS Code client over IPC, and by tests and other editors with --stdio.
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocumentSyncKind,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { createAnalyzer, type AnalysisResult, type Analyzer } from '../../core/analysis/index.js';
import { AnalysisCache } from './analysis-cache.js';
import { codeActionsFor } from './code-actions.js';
import { codeLensesFor } from './code-lens.js';
import { DiagnosticsPublisher } from './diagnostics.js';
import { DocumentStore } from './documents.js';
import { hoverAt } from './hover.js';
import { describeError, LogOnce } from './log-once.js';
import { ListRulesRequest } from './protocol.js';
import { SettingsStore } from './settings.js';

const connection = createConnection(ProposedFeatures.all);
const log = new LogOnce((message) => connection.console.error(message));

/** Everything that exists once the analyzer has loaded its grammars. */
interface Services {
  analyzer: Analyzer;
  documents: DocumentStore;
  settings: SettingsStore;
  cache: AnalysisCache;
  diagnostics: DiagnosticsPublisher;
}
let services: Services | undefined;
let canRegisterConfigurationChange = false;

connection.onInitialize(async (params): Promise<InitializeResult> => {
  const canPullSettings = params.capabilities.workspace?.configuration === true;
  canRegisterConfigurationChange = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  try {
    // In the bundle the grammars are copied next to server.cjs (see esbuild.js).
    const analyzer = await createAnalyzer({ wasmDir: __dirname });
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
    const cache = new AnalysisCache(analyzer, log);
    const diagnostics = new DiagnosticsPublisher({
      documents,
      settings,
      cache,
      publish: (diagnosticsParams) => void connection.sendDiagnostics(diagnosticsParams),
    });
    services = { analyzer, documents, settings, cache, diagnostics };
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
});

connection.onDidOpenTextDocument((params) => {
  if (services?.documents.open(params)) services.diagnostics.schedule(params.textDocument.uri);
});

connection.onDidChangeTextDocument((params) => {
  const uri = params.textDocument.uri;
  if (!services?.documents.get(uri)) return;
  if (services.documents.change(params)) services.diagnostics.schedule(uri);
  else forget(uri);
});

connection.onDidCloseTextDocument(({ textDocument }) => {
  services?.documents.close(textDocument.uri);
  forget(textDocument.uri);
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
  const document = services?.documents.get(uri);
  if (!services || !document) return undefined;
  const settings = await services.settings.get(uri);
  return services.cache.resultFor(document, settings);
}

connection.onCodeAction(async ({ textDocument, context }) => {
  const result = await resultFor(textDocument.uri);
  return result ? codeActionsFor(textDocument.uri, result, context) : [];
});

connection.onHover(async ({ textDocument, position }) => {
  const result = await resultFor(textDocument.uri);
  return result ? hoverAt(result, position) : null;
});

connection.onCodeLens(async ({ textDocument }) => {
  const result = await resultFor(textDocument.uri);
  return result ? codeLensesFor(result) : [];
});

connection.onRequest(ListRulesRequest.method, (): ListRulesRequest.Result =>
  (services?.analyzer.rules ?? []).map(({ id, name, description, docsUrl }) => ({ id, name, description, docsUrl })),
);

connection.onShutdown(() => services?.diagnostics.dispose());

connection.listen();
