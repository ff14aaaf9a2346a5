import { cancelJobAndWait } from '../../../core/jobs/index.js';
import { parseCommandLine } from '../args.js';
import type { Command } from '../command.js';
import { ExitCode } from '../exit-code.js';
import { commandHelp } from '../help.js';
import { UsageError } from '../usage-error.js';
import { withProcessKeptAlive } from './cluster-keep-alive.js';
import { TARGET_OPTION_SPECS, cliJobTarget, isExpectedJobFailure, jobIdArg, stringFlag } from './job-target.js';

export const cancelCommand: Command = {
  name: 'cancel',
  summary: 'Cancel a job (its retained checkpoints stay for a later restart).',
  synopsis: 'cancel JOB [--rest URL] [--json]',
  options: TARGET_OPTION_SPECS,
  epilog: `Waits until the job is CANCELED. Restart it later with 'flink-ft submit <jar> --from-checkpoint JOB'.

Exit codes: 0 cancelled, 1 failed (no such job, no cluster), 2 usage error.`,
  async run(argv, io) {
    const { values, positionals } = parseCommandLine(argv, TARGET_OPTION_SPECS, 'cancel');
    if (values.help === true) {
      io.stdout.write(commandHelp(cancelCommand));
      return ExitCode.ok;
    }
    if (positionals.length > 1) throw new UsageError(`'flink-ft cancel' takes one job id. Usage: flink-ft cancel JOB`);
    const jobId = jobIdArg(positionals[0], 'cancel');
    try {
      return await withProcessKeptAlive(async () => {
        const target = await cliJobTarget({ rest: stringFlag(values.rest), workspace: stringFlag(values.workspace) }, io.cwd);
        const job = await cancelJobAndWait(target.rest, jobId);
        if (values.json === true) io.stdout.write(`${JSON.stringify({ jobId, state: job.state }, null, 2)}\n`);
        else io.stdout.write(job.state === 'CANCELED' ? `Cancelled ${jobId}.\n` : `${jobId} had already ended (${job.state}).\n`);
        return ExitCode.ok;
      });
    } catch (error) {
      if (!isExpectedJobFailure(error)) throw error;
      io.stderr.write(`flink-ft cancel: ${error.message}\n`);
      return ExitCode.failed;
    }
  },
};
