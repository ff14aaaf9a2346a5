import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildIfStale, submitJob, type RestoreSpec } from '../../../core/jobs/index.js';
import { parseCommandLine, type OptionSpec } from '../args.js';
import type { CliIo, Command } from '../command.js';
import { ExitCode } from '../exit-code.js';
import { commandHelp } from '../help.js';
import { UsageError } from '../usage-error.js';
import { withProcessKeptAlive } from './cluster-keep-alive.js';
import { parseIntFlag } from './cluster-options.js';
import { TARGET_OPTION_SPECS, cliJobTarget, isExpectedJobFailure, stringFlag } from './job-target.js';

const OPTIONS: readonly OptionSpec[] = [
  { name: 'class', short: 'c', type: 'string', valueName: 'C', description: 'Entry class (needed when the jar manifest has no Main-Class).' },
  { name: 'arg', short: 'a', type: 'string', multiple: true, valueName: 'A', description: 'A program argument; repeat for several, in order.' },
  { name: 'parallelism', short: 'p', type: 'string', valueName: 'N', description: 'Default parallelism of the job.' },
  { name: 'from-checkpoint', type: 'string', valueName: 'latest|JOBID|PATH', description: "Restore from the newest retained checkpoint ('latest'), that of a job, or a chk-N folder." },
  { name: 'from-savepoint', type: 'string', valueName: 'PATH', description: 'Restore from a savepoint folder.' },
  { name: 'allow-non-restored', type: 'boolean', description: 'Skip state of operators the job no longer has.' },
  { name: 'start-grace', type: 'string', valueName: 'S', description: 'Seconds the job must keep running once all its tasks run to count as started (default 5; 0: at once).' },
  ...TARGET_OPTION_SPECS,
];

const EPILOG = `The artifact is a job jar, a PyFlink script (.py, local cluster only) or a Maven/Gradle
project folder (built first when its sources are newer than its jar). Prints the job id on stdout
once all its tasks run and it stayed healthy for the start grace (--start-grace, default 5 s): a job
that fails on its first records is reported as failed, with its root cause. Progress and details go
to stderr.

Exit codes: 0 submitted and running, 1 failed (build, submission, start, restore path, no cluster), 2 usage error.

Examples:
  flink-ft submit target/job.jar --arg=--input --arg /data     (values starting with - need --arg=)
  flink-ft submit examples/probe/java --from-checkpoint latest
  flink-ft submit job.py --from-savepoint .flink/savepoints/savepoint-1a2b3c-0123456789ab
  flink-ft submit job.jar --class com.example.Job --rest http://flink.example:8081 --json`;

export const submitCommand: Command = {
  name: 'submit',
  summary: 'Build if needed and submit a jar or PyFlink script; restore from a checkpoint or savepoint.',
  synopsis: 'submit <jar|script.py|project> [options]',
  options: OPTIONS,
  epilog: EPILOG,
  async run(argv, io) {
    const { values, positionals } = parseCommandLine(argv, OPTIONS, 'submit');
    if (values.help === true) {
      io.stdout.write(commandHelp(submitCommand));
      return ExitCode.ok;
    }
    if (positionals.length !== 1) throw new UsageError("'flink-ft submit' takes exactly one jar, .py script or project folder. Usage: flink-ft submit <jar|script.py|project> [options]");
    const fromCheckpoint = stringFlag(values['from-checkpoint']);
    const fromSavepoint = stringFlag(values['from-savepoint']);
    if (fromCheckpoint !== undefined && fromSavepoint !== undefined) throw new UsageError('Use --from-checkpoint or --from-savepoint, not both.');
    const parallelism = stringFlag(values.parallelism);
    const startGrace = stringFlag(values['start-grace']);
    try {
      return await withProcessKeptAlive(async () => {
        const target = await cliJobTarget({ rest: stringFlag(values.rest), workspace: stringFlag(values.workspace) }, io.cwd);
        const artifact = await resolveArtifact(resolve(io.cwd, positionals[0]!), io);
        const outcome = await submitJob(
          target,
          {
            artifact,
            entryClass: stringFlag(values.class),
            args: Array.isArray(values.arg) ? values.arg : [],
            ...(parallelism !== undefined && { parallelism: parseIntFlag(parallelism, 'parallelism', 1, 32768) }),
            ...(fromCheckpoint !== undefined && { restore: checkpointSpec(fromCheckpoint) }),
            ...(fromSavepoint !== undefined && { restore: { kind: 'path', path: fromSavepoint } satisfies RestoreSpec }),
            allowNonRestoredState: values['allow-non-restored'] === true,
            ...(startGrace !== undefined && { awaitRunning: { graceMs: parseIntFlag(startGrace, 'start-grace', 0, 3600) * 1000 } }),
          },
          io.cwd,
        );
        if (values.json === true) {
          io.stdout.write(`${JSON.stringify({ ...outcome, acceptedAfterMs: Math.round(outcome.acceptedAfterMs), runningAfterMs: outcome.runningAfterMs && Math.round(outcome.runningAfterMs) }, null, 2)}\n`);
        } else {
          const restored = outcome.restoredFrom ? ` from ${outcome.restoredFrom.kind} ${outcome.restoredFrom.hostPath ?? outcome.restoredFrom.savepointPath}` : '';
          io.stderr.write(`Job ${outcome.jobId} (${outcome.entryClass}) is running${restored}.\n`);
          io.stdout.write(`${outcome.jobId}\n`);
        }
        return ExitCode.ok;
      });
    } catch (error) {
      if (!isExpectedJobFailure(error)) throw error;
      io.stderr.write(`flink-ft submit: ${error.message}\n`);
      return ExitCode.failed;
    }
  },
};

/** `latest`, a job id (its latest checkpoint) or a path. */
export function checkpointSpec(value: string): RestoreSpec {
  if (value === 'latest') return { kind: 'latest-checkpoint' };
  if (/^[0-9a-f]{32}$/.test(value)) return { kind: 'latest-checkpoint', jobId: value };
  return { kind: 'path', path: value };
}

/** A folder is a project to build; files are submitted as they are. */
async function resolveArtifact(path: string, io: CliIo): Promise<string> {
  let isDir = false;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    return path; // submitJob reports the missing file in its own words
  }
  if (!isDir) return path;
  io.stderr.write(`Building ${path} ...\n`);
  const built = await buildIfStale(path);
  io.stderr.write(built.skipped ? `Up to date: ${built.jarPath}\n` : `Built ${built.jarPath} in ${(built.durationMs / 1000).toFixed(1)} s\n`);
  return built.jarPath;
}
