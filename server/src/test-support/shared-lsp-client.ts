// One in-process server for a test file (or a describe block): started before its tests, stopped
// after them, so each file does not write the same hooks again.
import { afterAll, beforeAll } from 'vitest';
import { LspTestClient } from './lsp-test-client.js';

/** Registers the hooks where it is called; the returned function gives the started client. */
export function sharedLspClient(settings?: Parameters<typeof LspTestClient.start>[0]): () => LspTestClient {
  let client: LspTestClient | undefined;
  beforeAll(async () => {
    client = await LspTestClient.start(settings);
  });
  afterAll(async () => {
    await client?.stop();
  });
  return () => {
    if (!client) throw new Error('the language server has not started (call sharedLspClient at the top of the file or describe)');
    return client;
  };
}
