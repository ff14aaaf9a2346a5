import { parseCommandLine } from '../args.js';
import type { Command } from '../command.js';
import { ExitCode } from '../exit-code.js';
import { commandHelp } from '../help.js';
import { UsageError } from '../usage-error.js';
import { withProcessKeptAlive } from './cluster-keep-alive.js';
import { TARGET_OPTION_SPECS, cliJobTarget, isExpectedJobFailure, stringFlag } from './job-target.js';

export const jobsCommand: Command = {
  name: 'jobs',
  summary: 'List the jobs of the cluster with their state and run time.',
  synopsis: 'jobs [--rest URL] [--json]',
  options: TARGET_OPTION_SPECS,
  epilog: 'Exit codes: 0 listed, 1 no cluster, 2 usage error.',
  async run(argv, io) {
    const { values, positionals } = parseCommandLine(argv, TARGET_OPTION_SPECS, 'jobs');
    if (values.help === true) {
      io.stdout.write(commandHelp(jobsCommand));
      return ExitCode.ok;
    }
    if (positionals.length > 0) throw new UsageError(`Unexpected argument '${positionals[0]}' for 'flink-ft jobs'. Usage: flink-ft jobs [--rest URL] [--json]`);
    try {
      return await withProcessKeptAlive(async () => {
        const target = await cliJobTarget({ rest: stringFlag(values.rest), workspace: stringFlag(values.workspace) }, io.cwd);
        const jobs = (await target.rest.jobs()).sort((a, b) => b['start-time'] - a['start-time']);
        const rows = jobs.map((j) => ({ id: j.jid, name: j.name, state: j.state, startTime: j['start-time'], durationMs: j.duration }));
        if (values.json === true) {
          io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        } else if (rows.length === 0) {
          io.stdout.write('No jobs.\n');
        } else {
          const width = Math.max(...rows.map((r) => r.state.length));
          for (const r of rows) io.stdout.write(`${r.id}  ${r.state.padEnd(width)}  ${formatDuration(r.durationMs).padStart(8)}  ${r.name}\n`);
        }
        return ExitCode.ok;
      });
    } catch (error) {
      if (!isExpectedJobFailure(error)) throw error;
      io.stderr.write(`flink-ft jobs: ${error.message}\n`);
      return ExitCode.failed;
    }
  },
};

export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
