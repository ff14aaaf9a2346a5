// The extension's state: the language client and everything that must be disposed with the
// extension. Later areas (local cluster, views, status bar, testing) hang off this object too.
import type { Disposable, ExtensionContext, OutputChannel } from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { Config } from './config.js';
import { createLanguageClient } from './language-client.js';

export class Ctx {
  readonly config = new Config();
  private languageClient: LanguageClient | undefined;
  private readonly cleanups: Disposable[] = [];

  constructor(readonly extension: ExtensionContext) {}

  /** The language client, if it is running; commands that need the server check this. */
  get client(): LanguageClient | undefined {
    return this.languageClient?.state === State.Running ? this.languageClient : undefined;
  }

  /** The server's log, created with the client; undefined before the first start. */
  get serverOutput(): OutputChannel | undefined {
    return this.languageClient?.outputChannel;
  }

  /** Registers something to dispose when the extension deactivates. */
  pushCleanup(disposable: Disposable): void {
    this.cleanups.push(disposable);
  }

  async startServer(): Promise<void> {
    this.languageClient ??= createLanguageClient(this.extension, this.config);
    await this.languageClient.start();
  }

  async restartServer(): Promise<void> {
    if (!this.languageClient) return this.startServer();
    await this.languageClient.restart();
  }

  async dispose(): Promise<void> {
    for (const disposable of this.cleanups.splice(0).reverse()) disposable.dispose();
    const client = this.languageClient;
    this.languageClient = undefined;
    if (client?.needsStop()) await client.stop();
    await client?.dispose();
  }
}
