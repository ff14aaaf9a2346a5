// The public API end to end: findings with related locations and severities from settings, job
// summaries, hovers, other languages, a throwing rule, and half-typed code.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer.js';
import { defineRule } from './rules/rule.js';
import { testAnalyzer } from './test-support.js';
import type { AnalysisSettings } from './types.js';
import { defaultAnalysisSettings } from './types.js';

const job = `public class Job {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.enableCheckpointing(10_000);
    DataStream<String> lines = env.socketTextStream("localhost", 9999);
    lines.print();
    env.execute("demo");
  }
}`;

describe('Analyzer', () => {
  it('lists its rules with docs URLs', async () => {
    const analyzer = await testAnalyzer();
    expect(analyzer.rules.map((r) => `${r.id} ${r.name}`)).toEqual([
      'FLINK001 checkpointing-disabled',
      'FLINK002 non-replayable-source',
      'FLINK003 sink-guarantee-mismatch',
      'FLINK004 missing-operator-uid',
      'FLINK005 checkpoints-not-retained',
      'FLINK006 restarts-disabled',
      'FLINK007 at-least-once-mode',
      'FLINK008 kafka-transaction-timeout',
      'FLINK009 removed-flink-api',
      'FLINK010 unknown-config-key',
      'FLINK011 state-in-field',
      'FLINK012 kafka-shared-transactional-id',
    ]);
    expect(analyzer.rules[0]!.docsUrl).toBe('https://github.com/flinkft/flink-fault-tolerance/blob/main/docs/rules/FLINK001.md');
  });

  it('maps file extensions to languages', async () => {
    const analyzer = await testAnalyzer();
    expect(['A.java', 'job.py', 'Job.scala', 'build.sc', 'pom.xml', 'README'].map((p) => analyzer.languageForPath(p))).toEqual([
      'java', 'python', 'scala', 'scala', undefined, undefined,
    ]);
  });

  it('reports the other end as related information', async () => {
    const analyzer = await testAnalyzer();
    const result = analyzer.analyzeText('java', job);
    expect(result.ruleErrors).toEqual([]);
    expect(result.findings.map((f) => [f.ruleId, f.range.start.line + 1, f.severity])).toEqual([
      ['FLINK002', 5, 'warning'],
      ['FLINK003', 6, 'warning'],
    ]);
    expect(result.findings[1]!.related).toEqual([
      {
        range: { start: { line: 3, character: 8 }, end: { line: 3, character: 35 } },
        message: 'Checkpointing is enabled here; its default mode is EXACTLY_ONCE.',
      },
    ]);
  });

  it('summarizes each job by its weakest link', async () => {
    const analyzer = await testAnalyzer();
    expect(analyzer.analyzeText('java', job).jobs).toEqual([
      {
        executeRange: { start: { line: 6, character: 8 }, end: { line: 6, character: 23 } },
        guarantee: 'at-most-once',
        reason: 'socketTextStream() on line 5',
        title: 'Flink: at-most-once — socketTextStream() on line 5',
      },
    ]);
    const printOnly = job.replace('env.socketTextStream("localhost", 9999)', 'env.fromSequence(1, 10).map(String::valueOf)');
    expect(analyzer.analyzeText('java', printOnly).jobs.map((j) => j.title)).toEqual(['Flink: at-least-once — print() on line 6']);
    const off = printOnly.replace('env.enableCheckpointing(10_000);', '');
    expect(analyzer.analyzeText('java', off).jobs.map((j) => j.title)).toEqual(['Flink: none — checkpointing off']);
    const safe = printOnly.replace('lines.print();', 'lines.sinkTo(FileSink.forRowFormat(path, encoder).build());');
    expect(analyzer.analyzeText('java', safe).jobs.map((j) => [j.guarantee, j.title])).toEqual([['exactly-once', 'Flink: exactly-once']]);
  });

  it('says a guarantee chosen at run time is unknown, in the summary and on hover', async () => {
    const analyzer = await testAnalyzer();
    const chosen = job
      .replace('env.socketTextStream("localhost", 9999)', 'env.fromSequence(1, 10).map(String::valueOf)')
      .replace('lines.print();', 'lines.sinkTo(KafkaSink.<String>builder().setDeliveryGuarantee(guarantee).build());');
    const result = analyzer.analyzeText('java', chosen);
    expect(result.jobs.map((j) => [j.guarantee, j.title])).toEqual([['unknown', 'Flink: unknown — KafkaSink guarantee chosen at run time on line 6']]);
    expect(result.findings.map((f) => f.ruleId)).toEqual(['FLINK004']); // only the missing uid: no guarantee is assumed
    expect(result.hovers.map((h) => h.markdown.split('\n')[0])).toEqual([
      '**Source: fromSequence** — replayable, exactly-once',
      '**Sink: KafkaSink** — guarantee chosen at run time (`setDeliveryGuarantee(...)` is given a value, not a constant)',
      '**Checkpointing** — this call enables checkpointing every 10 s.',
    ]);
  });

  it('explains sources, sinks and checkpoint calls on hover', async () => {
    const analyzer = await testAnalyzer();
    const hovers = analyzer.analyzeText('java', job).hovers;
    expect(hovers.map((h) => [h.range.start.line + 1, h.range.start.character + 1, h.markdown.split('\n')[0]])).toEqual([
      [5, 36, '**Source: socketTextStream** — not replayable, at-most-once'],
      [6, 11, '**Sink: print()** — at-least-once (default)'],
      [4, 9, '**Checkpointing** — this call enables checkpointing every 10 s.'],
    ]);
  });

  it('applies severity overrides and turns rules off by id or name', async () => {
    const analyzer = await testAnalyzer();
    const settings: AnalysisSettings = { ...defaultAnalysisSettings, rules: { FLINK002: 'off', 'sink-guarantee-mismatch': 'error' } };
    const result = analyzer.analyzeText('java', job, settings);
    expect(result.findings.map((f) => [f.ruleId, f.severity])).toEqual([['FLINK003', 'error']]);
  });

  it('analyses Python and Scala with their own front ends', async () => {
    const analyzer = await testAnalyzer();
    const python = analyzer.analyzeText('python', 'env = StreamExecutionEnvironment.get_execution_environment()\n');
    expect(python.findings.map((f) => f.ruleId)).toEqual(['FLINK001']);
    expect(python.ruleErrors).toEqual([]);
    expect(analyzer.analyzeText('scala', 'object Job { val env = StreamExecutionEnvironment.getExecutionEnvironment }').findings.map((f) => f.ruleId)).toEqual(['FLINK001']);
  });

  it('isolates a throwing rule in ruleErrors and keeps the others', async () => {
    const broken = defineRule({
      meta: {
        id: 'FLINK999', name: 'broken', type: 'problem', defaultSeverity: 'warning', languages: ['java'],
        description: 'throws', messages: { boom: 'boom' }, fixable: false, hasSuggestions: false,
      },
      create: () => ({
        environment() {
          throw new Error('rule bug');
        },
      }),
    });
    const { allRules } = await import('./rules/index.js');
    const analyzer = await createAnalyzer({ rules: [...allRules, broken] });
    const result = analyzer.analyzeText('java', job);
    expect(result.ruleErrors.map((e) => [e.ruleId, e.error.message])).toEqual([['FLINK999', 'rule bug']]);
    expect(result.findings.map((f) => f.ruleId)).toEqual(['FLINK002', 'FLINK003']);
  });

  it('re-analyzes an open document after incremental edits', async () => {
    const analyzer = await testAnalyzer();
    const doc = analyzer.open('file:///Job.java', 'java', job.replace('    env.enableCheckpointing(10_000);\n', ''), 1);
    expect(analyzer.analyze(doc).findings.map((f) => f.ruleId)).toEqual(['FLINK001']);
    doc.update([{ range: { start: { line: 2, character: 90 }, end: { line: 2, character: 90 } }, text: '\n    env.enableCheckpointing(5000);' }], 2);
    expect(analyzer.analyze(doc).findings.map((f) => f.ruleId)).toEqual(['FLINK002', 'FLINK003']);
    doc.dispose();
  });
});

describe('robustness', () => {
  const realistic = `package demo;
import org.apache.flink.connector.base.DeliveryGuarantee;
public class Pipeline extends Base implements Runnable {
  private final StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
  public static void main(String[] args) throws Exception { new Pipeline().run(); }
  public void run() {
    Configuration conf = new Configuration();
    conf.setString("execution.checkpointing.interval", "10 s");
    env.configure(conf);
    CheckpointConfig cc = env.getCheckpointConfig();
    cc.setCheckpointingMode(CheckpointingMode.EXACTLY_ONCE);
    var src = env.addSource(new Gen(), "gen").keyBy(x -> x).map(x -> x + 1);
    src.sinkTo(KafkaSink.<String>builder().setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE).build());
    src.union(src).print();
    try { env.execute(); } catch (Exception e) { throw new RuntimeException(e); }
  }
  static class Gen extends RichSourceFunction<String> { public void run(SourceContext<String> c) {} public void cancel() {} }
}`;

  it('never throws and never fails a rule on any prefix of a real job (half-typed code)', async () => {
    const analyzer = await testAnalyzer();
    let analyzed = 0;
    for (let end = 0; end <= realistic.length; end += 7) {
      const result = analyzer.analyzeText('java', realistic.slice(0, end));
      expect(result.ruleErrors).toEqual([]);
      analyzed++;
    }
    expect(analyzed).toBeGreaterThan(100);
  });

  it('survives garbage, deleted spans and unbalanced brackets', async () => {
    const analyzer = await testAnalyzer();
    const inputs = [
      '', '\u0000\uFFFF', '}}}{{{', 'class', 'env.enableCheckpointing(', '((((((((((((((((((((',
      realistic.replace(/\)/g, ''), realistic.replace(/;/g, ''), realistic.replace(/\{/g, ''),
      realistic.split('').reverse().join(''), 'a.b().c().'.repeat(2000),
    ];
    for (const input of inputs) expect(analyzer.analyzeText('java', input).ruleErrors).toEqual([]);
    const full = analyzer.analyzeText('java', realistic);
    expect(full.findings.map((f) => f.messageId)).toEqual(['uncheckpointedCustomSource', 'missingRequirement', 'timeoutUnset', 'weakerThanJob']);
  });
});
