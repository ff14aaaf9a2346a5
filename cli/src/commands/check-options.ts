import type { SeveritySetting } from '../../../core/analysis/types.js';
import { parseChoice, parseCommandLine, parseRuleOverrides, type OptionSpec } from '../args.js';
import { FORMAT_NAMES, type FormatName } from '../formats/index.js';

export interface CheckOptions {
  /** As typed; resolved against the working folder by the command. Defaults to `.`. */
  paths: string[];
  format: FormatName;
  /** Severity overrides by rule id, upper-cased. */
  rules: Record<string, SeveritySetting>;
  /** Report only warnings and errors: no info or hints, no job guarantees, no progress. */
  quiet: boolean;
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
    help: values.help === true,
  };
}
