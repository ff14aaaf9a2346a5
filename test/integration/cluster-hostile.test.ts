// Odd and hostile project folders on the real engine (issue 18): a ':' in the path (bind strings
// would split there; Mounts objects do not), a symlinked .flink (refused before any container
// exists), and `up` stopped half-way by Ctrl+C (cleaned up) or killed outright (never adopted).
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultClusterName, managedFilter, removeClusterResources, projectDirs } from '../../core/cluster/index.js';
import { CLI_BUNDLE, ensureCliBuilt, type CliRun } from '../../cli/src/test-support/built-cli.js';
import { testClusterBuilder, testImage, testRuntime } from './support/test-cluster.js';

const runtime = testRuntime();
const cleanups: (() => Promise<unknown>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
});

async function tempDir(name: string): Promise<string> {
  const parent = await mkdtemp(join(tmpdir(), 'flinkft-hostile-'));
  const dir = join(parent, name);
  await mkdir(dir);
  cleanups.push(() => rm(parent, { recursive: true, force: true }));
  return dir;
}

/** Everything Docker has of this cluster: containers, networks, start markers. */
async function resourcesOf(name: string): Promise<number> {
  const filter = managedFilter(name);
  return (await runtime.listContainers(filter)).length + (await runtime.listNetworks(filter)).length + (await runtime.listVolumes(filter)).length;
}

interface RunningCli {
  /** Resolves once stderr contains `text`. */
  stderrShows(text: string): Promise<void>;
  signal(signal: NodeJS.Signals): void;
  done: Promise<CliRun>;
}

function startCli(args: readonly string[]): RunningCli {
  const child = spawn(process.execPath, [CLI_BUNDLE, ...args], { env: { ...process.env, NO_COLOR: '1' } });
  let stdout = '';
  let stderr = '';
  const waiters: { text: string; resolve: () => void }[] = [];
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
    for (const w of waiters.filter((w) => stderr.includes(w.text))) w.resolve();
  });
  const done = new Promise<CliRun>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
  return {
    stderrShows: (text) =>
      new Promise<void>((resolve, reject) => {
        if (stderr.includes(text)) return resolve();
        waiters.push({ text, resolve });
        void done.then((run) => reject(new Error(`flink-ft ended (${run.status}) before printing '${text}':\n${run.stderr}`)));
      }),
    signal: (signal) => child.kill(signal),
    done,
  };
}

beforeAll(() => {
  ensureCliBuilt();
});

describe('a project path with characters that bind strings cannot carry', () => {
  it("starts a cluster in a folder named 'a:b,c' and the TaskManager writes its logs there", async () => {
    const workspace = await tempDir('odd a:b,c');
    const builder = testClusterBuilder(runtime, workspace, 'colon').withTaskManagers(1);
    cleanups.push(() => removeClusterResources(runtime, `it-colon-${process.pid}`));
    const cluster = await builder.start();
    const status = await cluster.status();
    expect(status.taskManagers.map((tm) => [tm.id, tm.registered])).toEqual([['tm-1', true]]);
    expect((await readdir(join(projectDirs(workspace).logs, 'tm-1'))).some((f) => f.endsWith('.log'))).toBe(true);
    await cluster.down();
  });
});

describe('a symlinked .flink', () => {
  it('cluster up refuses it with exit 1 before creating anything, and leaves the target alone', async () => {
    const workspace = await tempDir('project');
    const victim = join(workspace, '..', 'victim');
    await mkdir(victim);
    await writeFile(join(victim, 'precious.txt'), 'x');
    await symlink('../victim', join(workspace, '.flink'));
    const run = await startCli(['cluster', 'up', '--workspace', workspace, '--image', testImage(), '--port', '18381', '--next-free-port']).done;
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`flink-ft cluster up: ${join(workspace, '.flink')} is a symbolic link (to ../victim).`);
    expect(await resourcesOf(defaultClusterName(workspace))).toBe(0);
    expect(await readdir(victim)).toEqual(['precious.txt']);
  });
});

describe('cluster up stopped half-way', () => {
  it('Ctrl+C removes what the start created and exits 130', async () => {
    const workspace = await tempDir('interrupted');
    const name = defaultClusterName(workspace);
    cleanups.push(() => removeClusterResources(runtime, name));
    const up = startCli(['cluster', 'up', '--workspace', workspace, '--image', testImage(), '--port', '18381', '--next-free-port']);
    await up.stderrShows('Starting TaskManager tm-1');
    up.signal('SIGINT');
    const run = await up.done;
    expect(run.status).toBe(130);
    expect(run.stderr).toContain('flink-ft cluster up: interrupted; removing what this start created…');
    expect(run.stderr).toContain("flink-ft cluster up: interrupted; the containers and network this start had created were removed.");
    expect(await resourcesOf(name)).toBe(0);
  });

  it('a start killed outright is not adopted by the next up, which starts afresh', async () => {
    const workspace = await tempDir('killed');
    const name = defaultClusterName(workspace);
    cleanups.push(() => removeClusterResources(runtime, name));
    const args = ['cluster', 'up', '--workspace', workspace, '--image', testImage(), '--port', '18381', '--next-free-port', '--taskmanagers', '1'];
    const first = startCli(args);
    await first.stderrShows('Starting TaskManager tm-1');
    first.signal('SIGKILL'); // no chance to clean up: the JobManager stays, without the start marker
    await first.done;
    const left = await runtime.listContainers(managedFilter(name));
    expect(left.some((c) => c.state === 'running')).toBe(true);

    const second = await startCli([...args, '--json']).done;
    expect(second.status).toBe(0);
    expect(second.stderr).toContain(`Cluster '${name}' never finished starting (interrupted?); removing it and starting afresh`);
    const status = JSON.parse(second.stdout) as { adopted: boolean; taskManagers: { registered: boolean }[] };
    expect(status.adopted).toBe(false);
    expect(status.taskManagers.map((tm) => tm.registered)).toEqual([true]);
    const ids = new Set((await runtime.listContainers(managedFilter(name))).map((c) => c.id));
    expect(left.filter((c) => ids.has(c.id))).toEqual([]);
  });
});
