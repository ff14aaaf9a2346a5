import type { SeveritySetting } from '../../../core/analysis/types.js';
import { parseChoice, parseCommandLine, parseRuleOverrides, type OptionSpec } from '../args.js';
import { DEFAULT_MAX_FILE_BYTES } from '../../../core/source-files/index.js';
import { FORMAT_NAMES, type FormatName } from '../formats/index.js';
import { UsageError } from '../usage-error.js';

export interface CheckOptions {
  /** As typed; resolved against the working folder by the command. Defaults to `.`. */
  paths: string[];
  format: FormatName;
  /** Severity overrides by rule id, upper-cased. */
  rules: Record<string, SeveritySetting>;
  /** Report only warnings and errors: no info or hints, no job guarantees, no progress. */
  quiet: boolean;
  /** Files larger than this are skipped and reported as not analysed. */
  maxFileBytes: number;
  help: boolean;
}

export const CHECK_OPTION_SPECS: readonly OptionSpec[] = [
  { name: 'format', short: 'f', type: 'string', valueName: FORMAT_NAMES.join('|'), description: 'Output format (default: text).' },
  {
    name: 'rule',
    type: 'string',
    multiple: true,
    valueName: 'ID=off|hint|info|warning|error',
    description: 'Override a rule\'s severity; repeat for several rules.',
  },
  { name: 'quiet', short: 'q', type: 'boolean', description: 'Report only warnings and errors; no job guarantees, no progress.' },
  {
    name: 'max-file-size',
    type: 'string',
    valueName: 'SIZE',
    description: `Skip (and report) files larger than this, in bytes or with k/m (default: ${DEFAULT_MAX_FILE_BYTES / (1024 * 1024)}m).`,
  },
  { name: 'help', short: 'h', type: 'boolean', description: 'Show this help.' },
];

export function parseCheckOptions(argv: readonly string[]): CheckOptions {
  const { values, positionals } = parseCommandLine(argv, CHECK_OPTION_SPECS, 'check');
  const format = typeof values.format === 'string' ? parseChoice(values.format, FORMAT_NAMES, 'format') : 'text';
  const rules = parseRuleOverrides(Array.isArray(values.rule) ? values.rule : []);
  return {
    paths: positionals.length > 0 ? positionals : ['.'],
    format,
    rules,
    quiet: values.quiet === true,
    maxFileBytes: typeof values['max-file-size'] === 'string' ? parseByteSize(values['max-file-size']) : DEFAULT_MAX_FILE_BYTES,
    help: values.help === true,
  };
}

/** `500000`, `512k`, `2m` (binary units, case-insensitive) → bytes. */
export function parseByteSize(value: string): number {
  const match = /^(\d+)([km]?)$/i.exec(value.trim());
  if (!match) throw new UsageError(`Invalid --max-file-size '${value}': give bytes or a number with k or m, e.g. 2m.`);
  const unit = match[2]!.toLowerCase();
  const bytes = Number(match[1]) * (unit === 'm' ? 1024 * 1024 : unit === 'k' ? 1024 : 1);
  if (bytes === 0) throw new UsageError(`Invalid --max-file-size '${value}': it must be above 0.`);
  return bytes;
}
