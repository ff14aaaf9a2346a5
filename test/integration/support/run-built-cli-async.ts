import { spawn } from 'node:child_process';
import { CLI_BUNDLE, type CliRun } from '../../../cli/src/test-support/built-cli.js';

/**
 * The built CLI as a child process, asynchronously: `up` takes a minute on a busy machine, and a
 * synchronous spawn would block the test worker long enough for vitest's RPC to time out.
 * `stdin` is written to the process and closed (records for `flink-ft kafka produce`).
 */
export function runBuiltCliAsync(args: readonly string[], stdin = ''): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_BUNDLE, ...args], { env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(stdin);
  });
}
