// `flink-ft savepoint check` before Docker is involved: usage, a missing savepoint, exit codes.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../command.js';
import { runCli } from '../run-cli.js';

let dir: string;
const out: string[] = [];
const err: string[] = [];
const io = (): CliIo => ({ stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) }, cwd: dir, stderrIsTTY: false, now: () => 0 });

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'flinkft-spcheck-'));
  out.length = 0;
  err.length = 0;
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('flink-ft savepoint check', () => {
  it('needs a savepoint path and a jar or project (exit 2)', async () => {
    expect(await runCli(['savepoint', 'check', 'only-one'], io())).toBe(2);
    expect(err.join('')).toMatch(/takes a savepoint path and a jar or project/);
  });

  it('exits 2 with what to do when the savepoint does not exist', async () => {
    expect(await runCli(['savepoint', 'check', 'nope', 'job.jar', '--image', 'any'], io())).toBe(2);
    expect(err.join('')).toMatch(/flink-ft savepoint check: Checkpoint or savepoint .*nope does not exist/);
    expect(out.join('')).toBe('');
  });

  it('has its own help, and `savepoint JOB` still takes a job id', async () => {
    expect(await runCli(['savepoint', 'check', '--help'], io())).toBe(0);
    expect(out.join('')).toMatch(/Exit codes: 0 compatible, 1 state-dropped or incompatible, 2 error/);
    expect(await runCli(['savepoint', 'not-a-job'], io())).toBe(2);
    expect(err.join('')).toMatch(/Invalid job id 'not-a-job'/);
  });
});
