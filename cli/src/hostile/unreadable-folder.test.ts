// Issue 18, item 7: a folder `check` cannot list used to be skipped silently (a false green). The
// tests run as root, whom chmod 000 does not stop, so the wiring is tested twice without skipping:
// in-process with a folder listing that fails exactly as Node's does, and through the built CLI
// against a real chmod 000 folder, run as the unprivileged user `nobody` when the tests are root.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readdirSync, rmSync, type Dirent } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CLI_BUNDLE, ensureCliBuilt } from '../test-support/built-cli.js';
import { runCheck, tempFolder, UNCHECKPOINTED_JOB } from './check-in-temp.js';

let folder: ReturnType<typeof tempFolder> | undefined;
afterEach(() => {
  if (folder) chmodSync(join(folder.dir, 'locked'), 0o755);
  folder?.dispose();
  folder = undefined;
});

interface Json {
  findings: { file: string; rule: string }[];
  notAnalysed: { file: string; kind: string; reason: string }[];
}

interface Sarif {
  runs: { invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: string; message: { text: string } }[] }[] }[];
}

/** A job that is checked, next to a folder holding another one. */
function projectWithLockedFolder(prefix: string): { dir: string; locked: string } {
  folder = tempFolder(prefix);
  folder.write('Job.java', UNCHECKPOINTED_JOB);
  folder.write('locked/Hidden.java', UNCHECKPOINTED_JOB);
  return { dir: folder.dir, locked: join(folder.dir, 'locked') };
}

/** What Node throws for a folder without read permission. */
function permissionDenied(path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: 'EACCES', errno: -13, syscall: 'scandir', path });
}

const REASON = /folder cannot be read, so its files were not checked \(EACCES: permission denied, scandir '.*locked'\): give the user running the check read and execute permission on it \(chmod a\+rx\), or add it to \.gitignore to leave it out$/;
const EXACT_REASON = new RegExp(`^${REASON.source}`);

describe('check: a folder that cannot be listed', () => {
  it('is reported as not analysed in text, JSON and SARIF, with what to do, and the run exits 2 (the listing fails in-process)', async () => {
    const { dir, locked } = projectWithLockedFolder('unreadable-io');
    const readDirectory = (path: string): Dirent[] => {
      if (path === locked) throw permissionDenied(path);
      return readdirSync(path, { withFileTypes: true });
    };
    const text = await runCheck(dir, [], { readDirectory });
    expect(text.code).toBe(2);
    expect(text.stdout).toContain('\nlocked\n  not analysed: folder cannot be read, so its files were not checked');
    expect(text.stdout).toContain('chmod a+rx');
    expect(text.stdout).toMatch(/\n✖ 1 file not analysed; .* in 1 file checked\n$/);
    expect(text.stderr).toContain('1 file or folder was not analysed; the check is incomplete.');

    const json = JSON.parse((await runCheck(dir, ['--format', 'json'], { readDirectory })).stdout) as Json;
    expect(json.notAnalysed).toEqual([{ file: locked, kind: 'failed', reason: expect.stringMatching(EXACT_REASON) }]);
    expect(json.findings.map((f) => [f.file, f.rule])).toContainEqual([join(dir, 'Job.java'), 'FLINK001']);

    const sarif = JSON.parse((await runCheck(dir, ['--format', 'sarif'], { readDirectory })).stdout) as Sarif;
    const invocation = sarif.runs[0]!.invocations[0]!;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications).toEqual([expect.objectContaining({ level: 'error', message: { text: expect.stringMatching(new RegExp(`^Not analysed: ${REASON.source}`)) } })]);
  });

  describe('with real permissions, through the built CLI', () => {
    // The unprivileged user may not reach the checkout (a CI clone under a 0700 folder), so the CLI
    // runs from a copy of its bundle folder (bundle and grammars) in a world-readable temp folder.
    let cliCopy: string;
    beforeAll(() => {
      ensureCliBuilt();
      cliCopy = mkdtempSync(join(tmpdir(), 'flinkft-cli-copy-'));
      cpSync(dirname(CLI_BUNDLE), cliCopy, { recursive: true });
      chmodSync(cliCopy, 0o755);
    }, 180_000);
    afterAll(() => {
      if (cliCopy) rmSync(cliCopy, { recursive: true, force: true });
    });

    it('reports a chmod 000 folder (run as nobody when the tests run as root) and exits 2', () => {
      const { dir, locked } = projectWithLockedFolder('unreadable-fs');
      chmodSync(dir, 0o755); // mkdtemp makes it 0700: the unprivileged user must reach Job.java
      chmodSync(locked, 0o000);
      const run = runAsUnprivileged([join(cliCopy, basename(CLI_BUNDLE)), 'check', '--format', 'json'], dir);
      expect(run.status, run.stderr).toBe(2);
      const json = JSON.parse(run.stdout) as Json;
      expect(json.notAnalysed).toEqual([{ file: locked, kind: 'failed', reason: expect.stringMatching(EXACT_REASON) }]);
      expect(json.findings.map((f) => f.rule)).toContain('FLINK001');
      expect(run.stderr).toContain('1 file or folder was not analysed; the check is incomplete.');
    });
  });
});

/**
 * Runs node with `args` as a user that file permissions apply to: the current one, or `nobody`
 * through setpriv when that is root. No setpriv (or no right to switch) fails the test, never skips it.
 */
function runAsUnprivileged(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const node = [process.execPath, ...args];
  const command = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', '--', ...node] : node;
  const run = spawnSync(command[0]!, command.slice(1), { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '/usr/bin:/bin', NO_COLOR: '1' } });
  if (run.error) throw new Error(`could not run ${command[0]} (util-linux's setpriv is needed to drop root for this test): ${run.error.message}`);
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
