import { parseArgs } from 'node:util';
import { SEVERITY_SETTINGS, type SeveritySetting } from '../../core/analysis/types.js';
import { UsageError } from './usage-error.js';

/** One flag of a subcommand; also the source of its `--help` text. */
export interface OptionSpec {
  /** Long name without dashes, e.g. `format`. */
  name: string;
  short?: string;
  type: 'boolean' | 'string';
  /** A string flag that may repeat; its values are collected in order. */
  multiple?: boolean;
  /** Placeholder shown in help, e.g. `text|json|sarif`. */
  valueName?: string;
  description: string;
}

export type OptionValue = string | boolean | string[];

export interface CommandLine {
  values: Readonly<Record<string, OptionValue | undefined>>;
  positionals: string[];
}

/**
 * Splits `argv` into flags and positionals by `specs`. Node's parser does the tokenising; the
 * checks are ours so that every mistake becomes a {@link UsageError} that names the command and
 * says how to get its help, instead of Node's generic wording.
 */
export function parseCommandLine(argv: readonly string[], specs: readonly OptionSpec[], command: string): CommandLine {
  const options: Record<string, { type: 'boolean' | 'string'; short?: string; multiple?: boolean }> = {};
  for (const spec of specs) {
    options[spec.name] = { type: spec.type, multiple: spec.multiple ?? false, ...(spec.short ? { short: spec.short } : {}) };
  }
  const { tokens } = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
  const helpHint = `Run 'flink-ft ${command} --help' to see its options.`;
  const values: Record<string, OptionValue | undefined> = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') {
      positionals.push(token.value);
      continue;
    }
    if (token.kind === 'option-terminator') continue;
    const spec = specs.find((s) => s.name === token.name);
    if (!spec) throw new UsageError(`Unknown option '${token.rawName}' for 'flink-ft ${command}'. ${helpHint}`);
    if (spec.type === 'boolean') {
      if (token.value !== undefined) throw new UsageError(`Option '--${spec.name}' takes no value (got '${token.value}'). ${helpHint}`);
      values[spec.name] = true;
      continue;
    }
    // A string flag at the very end, or followed by another flag, has no value to take.
    if (token.value === undefined || (token.inlineValue !== true && token.value.startsWith('-') && token.value !== '-')) {
      throw new UsageError(`Option '--${spec.name}' needs a value: --${spec.name} <${spec.valueName ?? 'value'}>. ${helpHint}`);
    }
    if (spec.multiple) {
      const previous = values[spec.name];
      values[spec.name] = [...(Array.isArray(previous) ? previous : []), token.value];
    } else {
      values[spec.name] = token.value;
    }
  }
  return { values, positionals };
}

/** Validates a flag value against a fixed list, with a message that lists the choices. */
export function parseChoice<T extends string>(value: string, choices: readonly T[], flag: string): T {
  const choice = choices.find((c) => c === value);
  if (choice === undefined) {
    throw new UsageError(`Invalid value '${value}' for --${flag}. Use one of: ${choices.join(', ')}.`);
  }
  return choice;
}

/** Parses `--rule ID=severity` values into an override map keyed by the rule as written. */
export function parseRuleOverrides(values: readonly string[]): Record<string, SeveritySetting> {
  const overrides: Record<string, SeveritySetting> = {};
  for (const value of values) {
    const match = /^([A-Za-z0-9_-]+)=(.*)$/.exec(value);
    if (!match) {
      throw new UsageError(`Invalid --rule '${value}'. Write it as ID=severity, e.g. --rule FLINK002=off.`);
    }
    const [, id, severity] = match as unknown as [string, string, string];
    // Kept as written (an id or a kebab name, resolved by the check command); re-inserted so that
    // the order of keys is the order of the last values, and the last value for a rule wins.
    delete overrides[id];
    overrides[id] = parseChoice(severity.toLowerCase(), SEVERITY_SETTINGS, `rule ${id}`);
  }
  return overrides;
}

/** The options block of a command's help, one aligned line per flag. */
export function formatOptions(specs: readonly OptionSpec[]): string {
  const heads = specs.map((s) => {
    const short = s.short ? `-${s.short}, ` : '    ';
    const value = s.type === 'string' ? ` <${s.valueName ?? 'value'}>` : '';
    return `${short}--${s.name}${value}`;
  });
  const width = Math.max(0, ...heads.map((h) => h.length));
  return specs.map((s, i) => `  ${(heads[i] ?? '').padEnd(width)}  ${s.description}`).join('\n');
}
