// Entry of the `flink-ft` binary (bundled to cli/out/flink-ft.cjs). Only wiring lives here.
import { performance } from 'node:perf_hooks';
import { runCli } from './run-cli.js';

// `flink-ft check | head` closes the pipe early; that is the reader's choice, not a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  stderrIsTTY: process.stderr.isTTY === true,
  now: () => performance.now(),
}).then(
  (code) => {
    // exitCode rather than exit(): lets a large report drain to a pipe before the process ends.
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`flink-ft: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
