import { describe, expect, it } from 'vitest';
import { formatJson } from './json.js';
import { CWD, sampleReport } from './sample-report.js';
import { formatSarif, INFORMATION_URI, SARIF_SCHEMA } from './sarif.js';
import { formatText } from './text.js';

describe('text format', () => {
  it('prints stylish rows, job lines and a summary', () => {
    expect(formatText(sampleReport())).toBe(
      [
        'src/Job.java',
        '  3:11  info     A hint.  FLINK002',
        '  3:37  warning  Checkpointing is never enabled: state is lost on failure.  FLINK001',
        '  12:9  error    print() is at-least-once: records are duplicated after a restart.  FLINK003',
        '  job at line 21: none — checkpointing off',
        '',
        '/elsewhere/Other Job.java',
        '  1:1  hint  Outside.  FLINK001',
        '',
        '✖ 4 problems (1 error, 1 warning, 1 info, 1 hint) in 3 files checked',
        '',
      ].join('\n'),
    );
  });

  it('says so when there is nothing to report', () => {
    expect(formatText({ ...sampleReport(), files: [{ path: `${CWD}/A.java`, findings: [], jobs: [] }] })).toBe('✔ No problems (1 file checked)\n');
  });
});

describe('json format', () => {
  it('matches the documented shape exactly, sorted, 1-based', () => {
    expect(JSON.parse(formatJson(sampleReport()))).toEqual({
      version: 1,
      findings: [
        { file: `${CWD}/src/Job.java`, line: 3, column: 11, endLine: 3, endColumn: 13, rule: 'FLINK002', severity: 'info', message: 'A hint.' },
        {
          file: `${CWD}/src/Job.java`,
          line: 3,
          column: 37,
          endLine: 3,
          endColumn: 71,
          rule: 'FLINK001',
          severity: 'warning',
          message: 'Checkpointing is never enabled: state is lost on failure.',
        },
        {
          file: `${CWD}/src/Job.java`,
          line: 12,
          column: 9,
          endLine: 12,
          endColumn: 22,
          rule: 'FLINK003',
          severity: 'error',
          message: 'print() is at-least-once:\nrecords are duplicated after a restart.',
        },
        { file: '/elsewhere/Other Job.java', line: 1, column: 1, endLine: 1, endColumn: 6, rule: 'FLINK001', severity: 'hint', message: 'Outside.' },
      ],
      jobs: [{ file: `${CWD}/src/Job.java`, line: 21, guarantee: 'none' }],
      notAnalysed: [],
    });
  });

  it('puts keys in the documented order', () => {
    const text = formatJson(sampleReport());
    expect(text.startsWith('{"version":1,"findings":[{"file":')).toBe(true);
    expect(Object.keys(JSON.parse(text).findings[0])).toEqual(['file', 'line', 'column', 'endLine', 'endColumn', 'rule', 'severity', 'message']);
  });
});

describe('sarif format', () => {
  const log = JSON.parse(formatSarif(sampleReport()));
  const run = log.runs[0];

  it('declares SARIF 2.1.0 and the tool with every rule', () => {
    expect(log.$schema).toBe(SARIF_SCHEMA);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({ name: 'flink-ft', version: '9.8.7', informationUri: INFORMATION_URI });
    expect(INFORMATION_URI).toBe('https://github.com/flinkft/flink-fault-tolerance');
    expect(run.tool.driver.rules[1]).toEqual({
      id: 'FLINK003',
      name: 'sink-guarantee-mismatch',
      shortDescription: { text: 'A sink is weaker than the job promises.' },
      fullDescription: { text: 'A sink is weaker than the job promises.' },
      helpUri: 'https://docs/FLINK003.md',
      help: {
        text: 'A sink is weaker than the job promises. See https://docs/FLINK003.md',
        markdown: 'A sink is weaker than the job promises. [Documentation](https://docs/FLINK003.md)',
      },
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['flink', 'fault-tolerance', 'correctness'], precision: 'high', 'problem.severity': 'error' },
    });
    expect(run.originalUriBaseIds).toEqual({ SRCROOT: { uri: 'file:///work/project/' } });
  });

  it('locates results relative to SRCROOT, with levels, rule indexes and related locations', () => {
    expect(run.results.map((r: { ruleId: string; ruleIndex?: number; level: string }) => [r.ruleId, r.ruleIndex, r.level])).toEqual([
      ['FLINK002', undefined, 'note'],
      ['FLINK001', 0, 'warning'],
      ['FLINK003', 1, 'error'],
      ['FLINK001', 0, 'note'],
    ]);
    expect(run.results[2]).toEqual({
      ruleId: 'FLINK003',
      ruleIndex: 1,
      level: 'error',
      message: { text: 'print() is at-least-once:\nrecords are duplicated after a restart.' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'src/Job.java', uriBaseId: 'SRCROOT' },
            region: { startLine: 12, startColumn: 9, endLine: 12, endColumn: 22 },
          },
        },
      ],
      relatedLocations: [
        {
          id: 1,
          message: { text: 'exactly-once mode set here' },
          physicalLocation: {
            artifactLocation: { uri: 'src/Job.java', uriBaseId: 'SRCROOT' },
            region: { startLine: 5, startColumn: 5, endLine: 5, endColumn: 31 },
          },
        },
      ],
    });
  });

  it('uses an absolute, encoded file URI for files outside SRCROOT', () => {
    expect(run.results[3].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'file:///elsewhere/Other%20Job.java' });
  });
});
