// Creates the LanguageClient for the bundled Flink language server. The server answers for Java,
// Scala and Python files, saved or untitled; settings are pulled by the server through Config.
import { Uri, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { Config } from './config.js';

/** Also the prefix of the `flinkFt.trace.server` setting that LanguageClient reads itself. */
const CLIENT_ID = 'flinkFt';
const languages = ['java', 'scala', 'python'];

export function createLanguageClient(context: ExtensionContext, config: Config): LanguageClient {
  const module = Uri.joinPath(context.extensionUri, 'server', 'out', 'server.cjs').fsPath;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: languages.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
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
