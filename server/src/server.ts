// The language server's entry: started by the VS Code client over IPC, and by other editors and the
// end-to-end tests with --stdio (createConnection reads which from the command line).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createServer } from './create-server.js';

// In the bundle the grammars are copied next to server.cjs (see esbuild.js).
createServer(createConnection(ProposedFeatures.all), { wasmDir: __dirname }).listen();
