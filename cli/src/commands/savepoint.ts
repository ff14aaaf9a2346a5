import { stopWithSavepoint, toHostPath, triggerSavepoint } from '../../../core/jobs/index.js';
import { parseCommandLine, type OptionSpec } from '../args.js';
import type { Command } from '../command.js';
import { ExitCode } from '../exit-code.js';
import { commandHelp } from '../help.js';
import { UsageError } from '../usage-error.js';
import { withProcessKeptAlive } from './cluster-keep-alive.js';
import { isSavepointCheck, runSavepointCheck } from './savepoint-check.js';
import { TARGET_OPTION_SPECS, cliJobTarget, isExpectedJobFailure, jobIdArg, stringFlag } from './job-target.js';

const OPTIONS: readonly OptionSpec[] = [
  { name: 'stop', type: 'boolean', description: 'Stop the job once the savepoint is taken (stop-with-savepoint).' },
  { name: 'drain', type: 'boolean', description: 'With --stop: emit the final watermark first so event-time windows fire.' },
  { name: 'target', type: 'string', valueName: 'DIR', description: "Savepoint folder as the cluster sees it (default: the cluster's savepoint dir)." },
  ...TARGET_OPTION_SPECS,
];

export const savepointCommand: Command = {
  name: 'savepoint',
  summary: 'Take a savepoint of a job, optionally stopping it; prints where it was written.',
  synopsis: 'savepoint JOB [--stop] [--json] | savepoint check PATH <jar|project> [--class C] [--json]',
  options: OPTIONS,
  epilog: `Prints the savepoint folder (on this machine for the local cluster). Restart from it with
'flink-ft submit <jar> --from-savepoint <folder>'. Before that, 'flink-ft savepoint check <folder> <jar|project>'
says whether its state comes back in the changed job ('flink-ft savepoint check --help').

Exit codes: 0 taken, 1 failed (savepoint failed or timed out, no such job, no cluster), 2 usage error.`,
  async run(argv, io) {
    if (isSavepointCheck(argv)) return runSavepointCheck(argv, io);
    const { values, positionals } = parseCommandLine(argv, OPTIONS, 'savepoint');
    if (values.help === true) {
      io.stdout.write(commandHelp(savepointCommand));
      return ExitCode.ok;
    }
    if (positionals.length > 1) throw new UsageError(`'flink-ft savepoint' takes one job id. Usage: flink-ft savepoint JOB [--stop]`);
    const jobId = jobIdArg(positionals[0], 'savepoint');
    if (values.drain === true && values.stop !== true) throw new UsageError('--drain only applies with --stop.');
    const targetDirectory = stringFlag(values.target);
    try {
      return await withProcessKeptAlive(async () => {
        const target = await cliJobTarget({ rest: stringFlag(values.rest), workspace: stringFlag(values.workspace) }, io.cwd);
        const options = { ...(targetDirectory !== undefined && { targetDirectory }), drain: values.drain === true };
        const result = values.stop === true ? await stopWithSavepoint(target.rest, jobId, options) : await triggerSavepoint(target.rest, jobId, options);
        const hostPath = target.local ? toHostPath(target.local.mapping, result.location) : undefined;
        if (values.json === true) {
          io.stdout.write(`${JSON.stringify({ jobId, location: result.location, hostPath, stopped: values.stop === true, durationMs: Math.round(result.durationMs) }, null, 2)}\n`);
        } else {
          io.stdout.write(`${hostPath ?? result.location}\n`);
          if (values.stop === true) io.stderr.write(`Job ${jobId} stopped.\n`);
        }
        return ExitCode.ok;
      });
    } catch (error) {
      if (!isExpectedJobFailure(error)) throw error;
      io.stderr.write(`flink-ft savepoint: ${error.message}\n`);
      return ExitCode.failed;
    }
  },
};
