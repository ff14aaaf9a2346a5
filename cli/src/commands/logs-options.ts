import { parseCommandLine, type OptionSpec } from '../args.js';
import { UsageError } from '../usage-error.js';
import { taskManagerIdArg } from './cluster-options.js';

export interface LogsOptions {
  /** tm-N; undefined = every TaskManager. */
  taskManager?: string;
  follow: boolean;
  /** Drop Flink's own log lines and start-script noise; keep what the job printed. */
  jobOnly: boolean;
  workspace?: string;
  help: boolean;
}

export const LOGS_OPTION_SPECS: readonly OptionSpec[] = [
  { name: 'follow', short: 'f', type: 'boolean', description: 'Keep printing new lines (like tail -F) until Ctrl+C; follows new TaskManagers too.' },
  { name: 'job-only', type: 'boolean', description: "Only the job's own prints: drop Flink log records and start-up lines." },
  { name: 'workspace', short: 'w', type: 'string', valueName: 'dir', description: 'Project folder of the cluster (default: the current folder).' },
  { name: 'help', short: 'h', type: 'boolean', description: 'Show this help.' },
];

export function parseLogsOptions(argv: readonly string[]): LogsOptions {
  const { values, positionals } = parseCommandLine(argv, LOGS_OPTION_SPECS, 'logs');
  if (positionals.length > 1) {
    throw new UsageError(`Expected at most one TaskManager id, got ${positionals.map((p) => `'${p}'`).join(', ')}. Usage: flink-ft logs [TM] [--follow]`);
  }
  const [tm] = positionals;
  if (typeof values.workspace === 'string' && values.workspace.trim() === '') throw new UsageError("Option '--workspace' needs a non-empty value.");
  return {
    ...(tm !== undefined ? { taskManager: taskManagerIdArg(tm) } : {}),
    follow: values.follow === true,
    jobOnly: values['job-only'] === true,
    ...(typeof values.workspace === 'string' ? { workspace: values.workspace } : {}),
    help: values.help === true,
  };
}
