import { describe, expect, it } from 'vitest';
import { formatOptions, parseCommandLine, parseChoice, parseRuleOverrides, type OptionSpec } from './args.js';
import { parseCheckOptions } from './commands/check-options.js';
import { UsageError } from './usage-error.js';

const specs: OptionSpec[] = [
  { name: 'format', short: 'f', type: 'string', valueName: 'fmt', description: 'Format.' },
  { name: 'rule', type: 'string', multiple: true, description: 'Rule.' },
  { name: 'quiet', short: 'q', type: 'boolean', description: 'Quiet.' },
];

describe('parseCommandLine', () => {
  it('separates flags from positionals, in both --flag value and --flag=value forms', () => {
    expect(parseCommandLine(['a', '--format', 'json', 'b', '--rule=X=off', '-q', '--rule', 'Y=error'], specs, 'check')).toEqual({
      values: { format: 'json', rule: ['X=off', 'Y=error'], quiet: true },
      positionals: ['a', 'b'],
    });
  });

  it('treats everything after -- as positionals', () => {
    expect(parseCommandLine(['--', '--quiet', '-f'], specs, 'check')).toEqual({ values: {}, positionals: ['--quiet', '-f'] });
  });

  it('rejects unknown flags, naming the command and how to get help', () => {
    expect(() => parseCommandLine(['--fromat', 'json'], specs, 'check')).toThrow(
      new UsageError("Unknown option '--fromat' for 'flink-ft check'. Run 'flink-ft check --help' to see its options."),
    );
    expect(() => parseCommandLine(['-x'], specs, 'check')).toThrow(/^Unknown option '-x' for 'flink-ft check'/);
  });

  it('rejects a string flag without a value', () => {
    expect(() => parseCommandLine(['--format'], specs, 'check')).toThrow(
      new UsageError("Option '--format' needs a value: --format <fmt>. Run 'flink-ft check --help' to see its options."),
    );
    expect(() => parseCommandLine(['--format', '--quiet'], specs, 'check')).toThrow(/^Option '--format' needs a value/);
  });

  it('rejects a value given to a boolean flag', () => {
    expect(() => parseCommandLine(['--quiet=yes'], specs, 'check')).toThrow(/^Option '--quiet' takes no value \(got 'yes'\)/);
  });
});

describe('parseChoice and parseRuleOverrides', () => {
  it('accepts listed choices and lists them when the value is wrong', () => {
    expect(parseChoice('json', ['text', 'json'], 'format')).toBe('json');
    expect(() => parseChoice('xml', ['text', 'json'], 'format')).toThrow(new UsageError("Invalid value 'xml' for --format. Use one of: text, json."));
  });

  it('parses ID=severity, keeps the rule as written, orders keys by their last value', () => {
    const overrides = parseRuleOverrides(['flink001=OFF', 'FLINK003=error', 'FLINK001=hint', 'flink001=warning']);
    expect(Object.entries(overrides)).toEqual([['FLINK003', 'error'], ['FLINK001', 'hint'], ['flink001', 'warning']]);
  });

  it('rejects overrides without = or with an unknown severity', () => {
    expect(() => parseRuleOverrides(['FLINK001'])).toThrow(new UsageError("Invalid --rule 'FLINK001'. Write it as ID=severity, e.g. --rule FLINK002=off."));
    expect(() => parseRuleOverrides(['FLINK001=loud'])).toThrow(
      new UsageError("Invalid value 'loud' for --rule FLINK001. Use one of: off, hint, info, warning, error."),
    );
  });
});

describe('parseCheckOptions', () => {
  it('defaults to the current folder, text output, no overrides', () => {
    expect(parseCheckOptions([])).toEqual({ paths: ['.'], format: 'text', rules: {}, quiet: false, maxFileBytes: 1024 * 1024, help: false });
  });

  it('reads every flag', () => {
    expect(parseCheckOptions(['src', 'jobs/Job.java', '-f', 'sarif', '--rule', 'FLINK002=off', '--quiet', '--max-file-size', '2m'])).toEqual({
      paths: ['src', 'jobs/Job.java'],
      format: 'sarif',
      rules: { FLINK002: 'off' },
      quiet: true,
      maxFileBytes: 2 * 1024 * 1024,
      help: false,
    });
    expect(parseCheckOptions(['--help']).help).toBe(true);
  });

  it('reads sizes in bytes, k and m, and rejects others', () => {
    expect(parseCheckOptions(['--max-file-size', '500']).maxFileBytes).toBe(500);
    expect(parseCheckOptions(['--max-file-size', '64K']).maxFileBytes).toBe(65_536);
    expect(() => parseCheckOptions(['--max-file-size', '1.5m'])).toThrow(/Invalid --max-file-size '1.5m'/);
    expect(() => parseCheckOptions(['--max-file-size', '0'])).toThrow(/above 0/);
  });

  it('rejects an unknown format', () => {
    expect(() => parseCheckOptions(['--format', 'xml'])).toThrow(new UsageError("Invalid value 'xml' for --format. Use one of: text, json, sarif."));
  });
});

describe('formatOptions', () => {
  it('aligns one line per flag', () => {
    expect(formatOptions(specs)).toBe(
      ['  -f, --format <fmt>  Format.', '      --rule <value>  Rule.', '  -q, --quiet         Quiet.'].join('\n'),
    );
  });
});
