// How the client starts the server and what it answers when the server pulls settings.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Uri, type ExtensionContext } from 'vscode';
import type { ConfigurationParams, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import * as vscode from './test-support/fake-vscode.js';

vi.mock('vscode', () => import('./test-support/fake-vscode.js'));
// The real module requires `vscode` through CommonJS, out of vi.mock's reach; record what it is given.
vi.mock('vscode-languageclient/node', () => ({
  TransportKind: { stdio: 0, ipc: 1 },
  LanguageClient: class {
    constructor(
      readonly id: string,
      readonly name: string,
      readonly serverOptions: ServerOptions,
      readonly clientOptions: LanguageClientOptions,
    ) {}
  },
}));
const { createLanguageClient, CONFIG_FILE_PATTERN } = await import('./language-client.js');
const { Config } = await import('./config.js');

interface Recorded {
  id: string;
  name: string;
  serverOptions: ServerOptions;
  clientOptions: LanguageClientOptions;
}

const context = { extensionUri: Uri.file('/ext') } as ExtensionContext;
beforeEach(() => vscode.reset());

describe('createLanguageClient', () => {
  it('starts the bundled server over IPC, for Java, Scala and Python files and untitled buffers', () => {
    const client = createLanguageClient(context, new Config()) as unknown as Recorded;
    expect(client.id).toBe('flinkFt');
    expect(client.serverOptions).toEqual({
      run: { module: '/ext/server/out/server.cjs', transport: 1 },
      debug: { module: '/ext/server/out/server.cjs', transport: 1, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
    });
    expect(client.clientOptions.documentSelector).toEqual([
      ...['java', 'scala', 'python'].flatMap((language) => [
        { scheme: 'file', language },
        { scheme: 'untitled', language },
      ]),
      { scheme: 'file', pattern: CONFIG_FILE_PATTERN },
    ]);
  });

  it('answers workspace/configuration from Config, per document, and null for other sections', async () => {
    vscode.settings.set('file:///w/Job.java', { 'flinkFt.checkpointInterval': 42_000, 'flinkFt.rules': { FLINK003: 'error' } });
    const client = createLanguageClient(context, new Config()) as unknown as Recorded;
    const configuration = client.clientOptions.middleware?.workspace?.configuration;
    if (!configuration) throw new Error('expected a configuration middleware');
    const params: ConfigurationParams = {
      items: [{ scopeUri: 'file:///w/Job.java', section: 'flinkFt' }, { section: 'flinkFt' }, { section: 'java' }],
    };
    const answer = await configuration(params, { isCancellationRequested: false } as never, () => []);
    const rest = { flinkVersion: '', cluster: { flinkProperties: {} } };
    expect(answer).toEqual([{ checkpointInterval: 42_000, rules: { FLINK003: 'error' }, ...rest }, { checkpointInterval: 10_000, rules: {}, ...rest }, null]);
  });

  it('tells the server that settings changed without pushing them (the server pulls)', async () => {
    const client = createLanguageClient(context, new Config()) as unknown as Recorded;
    const didChange = client.clientOptions.middleware?.workspace?.didChangeConfiguration;
    if (!didChange) throw new Error('expected a didChangeConfiguration middleware');
    const sent: (string[] | undefined)[] = [];
    await didChange(['flinkFt'], async (sections) => {
      sent.push(sections);
    });
    expect(sent).toEqual([undefined]);
  });
});
