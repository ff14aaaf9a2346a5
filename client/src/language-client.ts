// Creates the LanguageClient for the bundled Flink language server. The server answers for Java,
// Scala and Python files, saved or untitled; settings are pulled by the server through Config.
import { Uri, workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { Config } from './config.js';

/** Also the prefix of the `flinkFt.trace.server` setting that LanguageClient reads itself. */
const CLIENT_ID = 'flinkFt';
const languages = ['java', 'scala', 'python'];
/** Flink config files (diagnostics inside them) and build files (the project's Flink version). */
export const CONFIG_FILE_PATTERN = '**/{config.yaml,flink-conf.yaml,docker-compose*.yml,docker-compose*.yaml,compose*.yml,compose*.yaml,pom.xml,build.gradle,build.gradle.kts,gradle.properties,requirements.txt,pyproject.toml}';
/** Files whose changes on disk the server's workspace index follows. */
const WATCHED_FILES = '**/*.{java,scala,sc,py,yaml,yml,xml,gradle,kts,properties,txt,toml}';

export function createLanguageClient(context: ExtensionContext, config: Config): LanguageClient {
  const module = Uri.joinPath(context.extensionUri, 'server', 'out', 'server.cjs').fsPath;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      ...languages.flatMap((language) => [
        { scheme: 'file', language },
        { scheme: 'untitled', language },
      ]),
      { scheme: 'file', pattern: CONFIG_FILE_PATTERN },
    ],
    // The server indexes the whole workspace; edits outside the editor reach it through this watcher.
    synchronize: { fileEvents: workspace.createFileSystemWatcher(WATCHED_FILES) },
    middleware: {
      workspace: {
        // Answer `workspace/configuration` from Config so one function shapes what the server sees.
        configuration: (params) =>
          params.items.map((item) =>
            item.section === 'flinkFt' ? config.serverSettings(item.scopeUri ? Uri.parse(item.scopeUri) : undefined) : null,
          ),
        // The server pulls settings itself; it only needs to hear that something changed.
        didChangeConfiguration: (_sections, next) => next(undefined),
      },
    },
  };
  return new LanguageClient(CLIENT_ID, 'Flink Fault Tolerance', serverOptions, clientOptions);
}
