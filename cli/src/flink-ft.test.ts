// End-to-end tests of the built `flink-ft` binary: a real child process on the fixtures under
// test/fixtures/cli, as users and CI run it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer, type Analyzer } from '../../core/analysis/index.js';
import { ensureCliBuilt, FIXTURES, REPO_ROOT, runBuiltCli } from './test-support/built-cli.js';

const CLEAN = join(FIXTURES, 'clean');
const UNCHECKED = join(FIXTURES, 'unchecked');
const GITIGNORED = join(FIXTURES, 'gitignored');
const MIXED = join(FIXTURES, 'mixed');
const POLYGLOT = join(FIXTURES, 'polyglot');
const CLICK_COUNTS = join(UNCHECKED, 'src/main/java/com/example/ClickCounts.java');
const VERSION = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

interface JsonReport {
  version: number;
  findings: { file: string; line: number; column: number; endLine: number; endColumn: number; rule: string; severity: string; message: string }[];
  jobs: { file: string; line: number; guarantee: string }[];
}

const json = (stdout: string): JsonReport => JSON.parse(stdout) as JsonReport;

/** 1-based position of the first occurrence of `needle` in a fixture. */
function positionOf(file: string, needle: string): { line: number; column: number } {
  const lines = readFileSync(file, 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  if (line < 0) throw new Error(`${needle} not in ${file}`);
  return { line: line + 1, column: (lines[line] ?? '').indexOf(needle) + 1 };
}

let analyzer: Analyzer;

beforeAll(async () => {
  ensureCliBuilt();
  analyzer = await createAnalyzer();
}, 120_000);

describe('flink-ft', () => {
  it('prints its version', () => {
    expect(runBuiltCli(['--version'])).toEqual({ status: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it('prints help for itself and for check', () => {
    const general = runBuiltCli(['--help']);
    expect(general.status).toBe(0);
    expect(general.stdout).toContain('Usage: flink-ft <command> [options]');
    expect(general.stdout).toMatch(/^ {2}check +Find Flink jobs/m);
    const check = runBuiltCli(['check', '--help']);
    expect(check.status).toBe(0);
    expect(check.stdout).toContain('Usage: flink-ft check [paths...] [options]');
    expect(check.stdout).toContain('-f, --format <text|json|sarif>');
  });

  it('exits 2 without a command or with an unknown one', () => {
    const none = runBuiltCli([]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('Usage: flink-ft <command> [options]');
    // The command list is whatever --help lists (other subcommands join the registry over time).
    const help = runBuiltCli(['--help']).stdout.split('\n');
    const listed = help.slice(help.indexOf('Commands:') + 1, help.indexOf('', help.indexOf('Commands:'))).map((l) => l.trim().split(/\s+/)[0]);
    expect(listed[0]).toBe('check');
    expect(runBuiltCli(['chek'])).toEqual({
      status: 2,
      stdout: '',
      stderr: `flink-ft: unknown command 'chek'. Commands: ${listed.join(', ')}. Run 'flink-ft --help' for details.\n`,
    });
  });
});

describe('flink-ft check: exit codes', () => {
  it('exits 0 on fault-tolerant code, reporting the job guarantee and the count', () => {
    const run = runBuiltCli(['check', 'test/fixtures/cli/clean']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('test/fixtures/cli/clean/src/main/java/com/example/CheckpointedOrders.java');
    const file = join(CLEAN, 'src/main/java/com/example/CheckpointedOrders.java');
    const [job] = analyzer.analyzeText('java', readFileSync(file, 'utf8')).jobs;
    expect(job?.guarantee).toBe('exactly-once');
    expect(job?.executeRange.start.line).toBe(positionOf(file, 'env.execute(').line - 1);
    expect(lines[1]).toBe(`  job at line ${positionOf(file, 'env.execute(').line}: ${job?.guarantee} — ${job?.reason}`);
    expect(lines.slice(2)).toEqual(['', '✔ No problems (2 files checked)']);
  });

  it('checks the working folder by default', () => {
    const run = runBuiltCli(['check', '--quiet'], CLEAN);
    expect(run).toEqual({ status: 0, stdout: '✔ No problems (2 files checked)\n', stderr: '' });
  });

  it('exits 1 on a warning, with stylish text output', () => {
    const run = runBuiltCli(['check', 'unchecked'], FIXTURES);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    const at = positionOf(CLICK_COUNTS, 'StreamExecutionEnvironment.getExecutionEnvironment()');
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('unchecked/src/main/java/com/example/ClickCounts.java');
    expect(lines[1]).toMatch(new RegExp(`^  ${at.line}:${at.column}  warning  .*checkpoint.*  FLINK001$`, 'i'));
    expect(lines).toContain('✖ 1 problem (0 errors, 1 warning) in 3 files checked');
  });

  it('exits 2 on usage errors, saying what to do', () => {
    expect(runBuiltCli(['check', 'no/such/folder'], FIXTURES)).toEqual({
      status: 2,
      stdout: '',
      stderr: `flink-ft check: Path 'no/such/folder' does not exist (resolved to ${join(FIXTURES, 'no/such/folder')}). Pass files or folders that exist, e.g. 'flink-ft check src'.\n`,
    });
    expect(runBuiltCli(['check', '--format', 'xml'])).toEqual({
      status: 2,
      stdout: '',
      stderr: "flink-ft check: Invalid value 'xml' for --format. Use one of: text, json, sarif.\n",
    });
    expect(runBuiltCli(['check', '--fix'])).toEqual({
      status: 2,
      stdout: '',
      stderr: "flink-ft check: Unknown option '--fix' for 'flink-ft check'. Run 'flink-ft check --help' to see its options.\n",
    });
    expect(runBuiltCli(['check', 'clean/README.md'], FIXTURES)).toEqual({
      status: 2,
      stdout: '',
      stderr: "flink-ft check: 'clean/README.md' is not a Java, Python or Scala file. Pass .java, .py or .scala files, or folders to search.\n",
    });
    const unknownRule = runBuiltCli(['check', '--rule', 'FLINK999=off'], CLEAN);
    expect(unknownRule.status).toBe(2);
    expect(unknownRule.stderr).toBe(
      `flink-ft check: Unknown rule 'FLINK999' in --rule. Known rules: ${analyzer.rules.map((r) => `${r.id} (${r.name})`).join(', ')}.\n`,
    );
  });
});

describe('flink-ft check: rule overrides and --quiet', () => {
  it('turns a rule off, named by id or by kebab name in any case; the last value wins', () => {
    for (const rule of ['FLINK001=off', 'checkpointing-disabled=off', 'Checkpointing-Disabled=off', 'flink001=error']) {
      const run = runBuiltCli(['check', 'unchecked', '--rule', 'FLINK001=error', '--rule', rule, '--format', 'json'], FIXTURES);
      expect(json(run.stdout).findings.filter((f) => f.rule === 'FLINK001').map((f) => f.severity), rule).toEqual(rule.endsWith('off') ? [] : ['error']);
    }
  });

  it('lowers a rule to info: reported, but the exit code is 0; --quiet hides it', () => {
    const info = runBuiltCli(['check', 'unchecked', '--rule', 'flink001=info', '--format', 'json'], FIXTURES);
    expect(info.status).toBe(0);
    expect(json(info.stdout).findings.map((f) => [f.rule, f.severity])).toEqual([['FLINK001', 'info']]);
    const quiet = runBuiltCli(['check', 'unchecked', '--rule', 'FLINK001=info', '--format', 'json', '--quiet'], FIXTURES);
    expect(quiet.status).toBe(0);
    expect(json(quiet.stdout)).toEqual({ version: 1, findings: [], jobs: [], notAnalysed: [] });
  });
});

describe('flink-ft check: files', () => {
  it('respects .gitignore files (nested too) and skips build folders', () => {
    const run = runBuiltCli(['check', GITIGNORED, '--format', 'json']);
    expect(run.status).toBe(1);
    const files = [...new Set(json(run.stdout).findings.map((f) => f.file))];
    expect(files).toEqual([join(GITIGNORED, 'Kept.java'), join(GITIGNORED, 'sub/Checked.java')]);
    expect(runBuiltCli(['check', GITIGNORED, '--quiet']).stdout).toMatch(/in 2 files checked\n$/);
  });

  it('checks a file named explicitly even when it is ignored', () => {
    const run = runBuiltCli(['check', 'gitignored/generated/Generated.java', '--format', 'json'], FIXTURES);
    expect(run.status).toBe(1);
    expect(json(run.stdout).findings.map((f) => f.file)).toEqual([join(GITIGNORED, 'generated/Generated.java')]);
  });
});

describe('flink-ft check: JSON', () => {
  it('is exactly the documented document, 1-based and sorted', async () => {
    const run = runBuiltCli(['check', UNCHECKED, '--format', 'json']);
    expect(run.status).toBe(1);
    const at = positionOf(CLICK_COUNTS, 'StreamExecutionEnvironment.getExecutionEnvironment()');
    const report = json(run.stdout);
    expect(run.stdout.startsWith('{"version":1,"findings":[{"file":')).toBe(true);
    expect(report.findings).toHaveLength(1);
    const call = 'StreamExecutionEnvironment.getExecutionEnvironment()';
    expect(report.findings[0]).toMatchObject({
      file: CLICK_COUNTS,
      line: at.line,
      column: at.column,
      endLine: at.line,
      endColumn: at.column + call.length,
      rule: 'FLINK001',
      severity: 'warning',
    });

    // Every field equals the analyzer's own finding, shifted to 1-based.
    const text = readFileSync(CLICK_COUNTS, 'utf8');
    const expected = analyzer.analyzeText('java', text, undefined, pathToFileURL(CLICK_COUNTS).href);
    const f = expected.findings[0];
    expect(f).toBeDefined();
    if (!f) return;
    expect(report).toEqual({
      version: 1,
      findings: [
        {
          file: CLICK_COUNTS,
          line: f.range.start.line + 1,
          column: f.range.start.character + 1,
          endLine: f.range.end.line + 1,
          endColumn: f.range.end.character + 1,
          rule: 'FLINK001',
          severity: 'warning',
          message: f.message,
        },
      ],
      jobs: [
        { file: CLICK_COUNTS, line: positionOf(CLICK_COUNTS, 'env.execute(').line, guarantee: 'none' },
        {
          file: join(UNCHECKED, 'src/main/java/com/example/NightlyReport.java'),
          line: positionOf(join(UNCHECKED, 'src/main/java/com/example/NightlyReport.java'), 'env.execute(').line,
          guarantee: 'exactly-once', // a batch job needs no checkpoints
        },
      ],
      notAnalysed: [],
    });
  });
});

describe('flink-ft check: SARIF', () => {
  it('is SARIF 2.1.0 with rule metadata and SRCROOT-relative locations', () => {
    const run = runBuiltCli(['check', '--format', 'sarif'], UNCHECKED);
    expect(run.status).toBe(1);
    const log = JSON.parse(run.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    const { driver } = log.runs[0].tool;
    expect(driver.name).toBe('flink-ft');
    expect(driver.version).toBe(VERSION);
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(analyzer.rules.map((r) => r.id));
    for (const [i, rule] of analyzer.rules.entries()) {
      expect(driver.rules[i]).toMatchObject({
        id: rule.id,
        name: rule.name,
        shortDescription: { text: rule.description },
        helpUri: rule.docsUrl,
        defaultConfiguration: { level: rule.defaultSeverity === 'error' ? 'error' : rule.defaultSeverity === 'warning' ? 'warning' : 'note' },
      });
      expect(driver.rules[i].properties.tags).toContain('flink');
    }
    expect(log.runs[0].originalUriBaseIds).toEqual({ SRCROOT: { uri: `${pathToFileURL(UNCHECKED).href}/` } });
    const at = positionOf(CLICK_COUNTS, 'StreamExecutionEnvironment.getExecutionEnvironment()');
    expect(log.runs[0].results).toHaveLength(1);
    const [result] = log.runs[0].results;
    expect(result.ruleId).toBe('FLINK001');
    expect(driver.rules[result.ruleIndex].id).toBe('FLINK001');
    expect(result.level).toBe('warning');
    expect(result.locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'src/main/java/com/example/ClickCounts.java', uriBaseId: 'SRCROOT' });
    expect(result.locations[0].physicalLocation.region).toMatchObject({ startLine: at.line, startColumn: at.column });
  });
});

describe('flink-ft check: several rules and files', () => {
  it('counts errors and warnings in text output', () => {
    const run = runBuiltCli(['check'], MIXED);
    expect(run.status).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => /^\S/.test(l))).toEqual(['OrdersToKafka.java', 'SocketWordCount.java', '✖ 3 problems (1 error, 2 warnings) in 2 files checked']);
    expect(lines.filter((l) => /^ {2}\d/.test(l)).map((l) => l.replace(/^ +(\d+):\d+ +(\w+) .* (FLINK\d{3})$/, '$1 $2 $3'))).toEqual([
      '34 error FLINK003',
      '13 warning FLINK002',
      '22 warning FLINK003',
    ]);
  });

  it('reports in JSON exactly what the analyzer found, sorted by file, line and column', () => {
    const run = runBuiltCli(['check', '--format', 'json'], MIXED);
    expect(run.status).toBe(1);
    const expected = ['OrdersToKafka.java', 'SocketWordCount.java'].flatMap((name) => {
      const file = join(MIXED, name);
      return analyzer
        .analyzeText('java', readFileSync(file, 'utf8'), undefined, pathToFileURL(file).href)
        .findings.map((f) => ({
          file,
          line: f.range.start.line + 1,
          column: f.range.start.character + 1,
          endLine: f.range.end.line + 1,
          endColumn: f.range.end.character + 1,
          rule: f.ruleId,
          severity: f.severity,
          message: f.message,
        }))
        .sort((a, b) => a.line - b.line || a.column - b.column);
    });
    const report = json(run.stdout);
    expect(report.findings).toEqual(expected);
    expect(report.findings.map((f) => [f.rule, f.line, f.severity])).toEqual([
      ['FLINK003', 34, 'error'],
      ['FLINK002', 13, 'warning'],
      ['FLINK003', 22, 'warning'],
    ]);
  });

  it('carries the other end of a finding as SARIF related locations', () => {
    const log = JSON.parse(runBuiltCli(['check', '--format', 'sarif'], MIXED).stdout);
    type Result = { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] };
    const print = log.runs[0].results.find(
      (r: Result) => r.ruleId === 'FLINK003' && r.locations[0]?.physicalLocation.artifactLocation.uri === 'SocketWordCount.java',
    );
    expect(print.relatedLocations).toHaveLength(1);
    expect(print.relatedLocations[0].id).toBe(1);
    expect(print.relatedLocations[0].physicalLocation.artifactLocation).toEqual({ uri: 'SocketWordCount.java', uriBaseId: 'SRCROOT' });
    expect(print.relatedLocations[0].physicalLocation.region.startLine).toBe(positionOf(join(MIXED, 'SocketWordCount.java'), 'env.enableCheckpointing').line);
  });
});

describe('flink-ft check: Python and Scala', () => {
  it('finds the same mistake in a PyFlink and a Scala job', () => {
    const run = runBuiltCli(['check', '--format', 'json'], POLYGLOT);
    expect(run.status).toBe(1);
    const scala = join(POLYGLOT, 'WordLengths.scala');
    const python = join(POLYGLOT, 'word_lengths.py');
    expect(json(run.stdout).findings.map((f) => [f.file, f.line, f.column, f.rule])).toEqual([
      [scala, ...Object.values(positionOf(scala, 'StreamExecutionEnvironment.getExecutionEnvironment')), 'FLINK001'],
      [python, ...Object.values(positionOf(python, 'StreamExecutionEnvironment.get_execution_environment()')), 'FLINK001'],
    ]);
    expect(json(run.stdout).jobs).toEqual([
      { file: scala, line: positionOf(scala, 'env.execute(').line, guarantee: 'none' },
      { file: python, line: positionOf(python, 'env.execute(').line, guarantee: 'none' },
    ]);
  });
});
