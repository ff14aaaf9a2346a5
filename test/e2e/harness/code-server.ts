// A real VS Code (code-server: VS Code's own server, web UI and extension host) on a free loopback
// port, with a fresh user-data-dir and extensions-dir per session so runs never see each other.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeServerBin, node24Bin, resultsDir } from './paths.js';
import { waitFor } from './wait-for.js';

export interface CodeServerOptions {
  /** Names the log file under test-results/e2e/. */
  name: string;
  /** The folder VS Code opens. */
  folder: string;
  /** The packaged extension to install. */
  vsix: string;
  /** Contents of User/settings.json. */
  settings: Record<string, unknown>;
}

export class CodeServer {
  private constructor(
    readonly url: string,
    private readonly child: ChildProcess,
    private readonly home: string,
    private readonly name: string,
  ) {}

  static async start(options: CodeServerOptions): Promise<CodeServer> {
    const home = mkdtempSync(join(tmpdir(), 'flinkft-e2e-'));
    const userDataDir = join(home, 'user-data');
    const extensionsDir = join(home, 'extensions');
    mkdirSync(join(userDataDir, 'User'), { recursive: true });
    mkdirSync(extensionsDir, { recursive: true });
    writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(options.settings, null, 2));
    const dirs = ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];
    const env = isolatedEnv(home);
    const log = join(resultsDir, `${options.name}-code-server.log`);
    mkdirSync(resultsDir, { recursive: true });

    await run([...dirs, '--install-extension', options.vsix], env, log);

    const port = await freePort();
    const child = spawn(
      join(node24Bin, 'node'),
      [codeServerBin, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', ...dirs, options.folder],
      // Own process group: stop() ends code-server with its extension host and language server.
      { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const out = createWriteStream(log, { flags: 'a' });
    child.stdout?.pipe(out);
    child.stderr?.pipe(out);
    const server = new CodeServer(`http://127.0.0.1:${port}/`, child, home, options.name);
    try {
      await waitFor(
        `code-server /healthz on port ${port} (log: ${log})`,
        async () => {
          if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}`);
          return (await fetch(`${server.url}healthz`)).ok;
        },
        { timeoutMs: 120_000 },
      );
    } catch (error) {
      await server.stop();
      throw error;
    }
    return server;
  }

  /** The tail of the extension host's logs (the extension's own output channels included). */
  extensionHostLogTail(lines = 40): string {
    const logs = join(this.home, 'user-data', 'logs');
    if (!existsSync(logs)) return '(no logs yet)';
    const files = (readdirSync(logs, { recursive: true }) as string[]).filter((file) => /exthost|Flink/i.test(file) && file.endsWith('.log'));
    return files.map((file) => `--- ${file}\n${readFileSync(join(logs, file), 'utf8').split('\n').slice(-lines).join('\n')}`).join('\n') || '(no extension host log)';
  }

  async stop(): Promise<void> {
    const pid = this.child.pid;
    if (pid !== undefined && this.child.exitCode === null && this.child.signalCode === null) {
      const exited = new Promise<void>((resolveExit) => this.child.once('exit', () => resolveExit()));
      killGroup(pid, 'SIGTERM');
      try {
        await waitFor('code-server to exit', () => this.child.exitCode !== null || this.child.signalCode !== null, { timeoutMs: 15_000 });
      } catch {
        killGroup(pid, 'SIGKILL');
      }
      await exited;
    }
    // Whatever the extension host left in the group (the language server) goes with it.
    if (pid !== undefined) killGroup(pid, 'SIGKILL');
    // The workbench's own logs (extension host, renderer) outlive the session, for a red run's reader.
    const logs = join(this.home, 'user-data', 'logs');
    if (existsSync(logs)) cpSync(logs, join(resultsDir, `${this.name}-vscode-logs`), { recursive: true });
    rmSync(this.home, { recursive: true, force: true });
  }
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/** code-server also reads ~/.config/code-server and writes ~/.local/share: keep both per session. */
function isolatedEnv(home: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) if (key.toLowerCase().startsWith('npm_') || key.startsWith('VSCODE_')) delete env[key];
  return {
    ...env,
    PATH: `${node24Bin}:${process.env.PATH ?? ''}`,
    XDG_CONFIG_HOME: join(home, 'config'),
    XDG_DATA_HOME: join(home, 'data'),
    XDG_CACHE_HOME: join(home, 'cache'),
  };
}

function run(args: string[], env: NodeJS.ProcessEnv, log: string): Promise<void> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(join(node24Bin, 'node'), [codeServerBin, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = createWriteStream(log, { flags: 'a' });
    child.stdout?.pipe(out);
    child.stderr?.pipe(out);
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolveRun() : reject(new Error(`code-server ${args.join(' ')} exited with ${code} (log: ${log})`))));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolvePort(port) : reject(new Error('no free port'))));
    });
  });
}
