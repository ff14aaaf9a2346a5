// Cross-file cases through the index, on the fixtures in test/fixtures/workspace-index.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { testAnalyzer } from '../test-support.js';
import type { AnalysisResult } from '../types.js';
import { analyzeWorkspace } from './analyze-workspace.js';
import type { WorkspaceFile } from './analyze-workspace.js';
import { WorkspaceIndex } from './workspace-index.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'test', 'fixtures', 'workspace-index');

function filesOf(dir: string): WorkspaceFile[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort()
    .map((path) => ({ uri: pathToFileURL(path).href, text: readFileSync(path, 'utf8') }));
}

/** `File.java:line RULE messageId` for every finding of the workspace, by file. */
function brief(dir: string, results: Map<string, AnalysisResult>, ruleIds?: string[]): string[] {
  return [...results.entries()].flatMap(([uri, result]) =>
    result.findings
      .filter((f) => !ruleIds || ruleIds.includes(f.ruleId))
      .map((f) => `${relative(dir, fileURLToPath(uri))}:${f.range.start.line + 1} ${f.ruleId} ${f.messageId}`));
}

const CORE = ['FLINK001', 'FLINK002', 'FLINK003'];

describe('workspace index', () => {
  it('sees an environment created or configured by a helper in another file', async () => {
    const dir = join(fixtures, 'helper-env');
    const { results } = analyzeWorkspace(await testAnalyzer(), filesOf(dir));
    // FLINK003 on print() shows checkpointing was seen as on: only then does the job promise exactly-once.
    expect(brief(dir, results, CORE)).toEqual([
      'src/ConfiguredJob.java:9 FLINK002 atMostOnceSource',
      'src/ConfiguredJob.java:9 FLINK003 weakerThanJob',
      'src/OrdersJob.java:8 FLINK003 weakerThanJob',
      'src/UnconfiguredJob.java:7 FLINK001 checkpointingDisabled',
    ]);
    const orders = [...results.entries()].find(([uri]) => uri.endsWith('OrdersJob.java'))![1];
    expect(orders.jobs.map((j) => j.title)).toEqual(['Flink: at-least-once — print() on line 8 (checkpointing: 10 s from FlinkSetup.java:9)']);
  });

  it('sees an environment created or configured by a function of another PyFlink module', async () => {
    const dir = join(fixtures, 'python-helper-env');
    const { results } = analyzeWorkspace(await testAnalyzer(), filesOf(dir));
    expect(brief(dir, results, CORE)).toEqual([
      'configured_job.py:8 FLINK003 weakerThanJob',
      'orders_job.py:6 FLINK003 weakerThanJob',
      'unconfigured_job.py:5 FLINK001 checkpointingDisabled',
    ]);
    const orders = [...results.entries()].find(([uri]) => uri.endsWith('orders_job.py'))![1];
    const files = filesOf(dir);
    const setup = files.find((f) => f.uri.endsWith('flink_setup.py'))!;
    const { index } = analyzeWorkspace(await testAnalyzer(), files);
    expect(index.dependentsOf(setup.uri).map((u) => u.slice(u.lastIndexOf('/') + 1))).toEqual(['configured_job.py', 'orders_job.py']);
    expect(orders.jobs.map((j) => j.title)).toEqual(['Flink: at-least-once — print() on line 6 (checkpointing: 10 s from flink_setup.py:5)']);
  });

  it('sees an environment created or configured by a Scala object in another file', async () => {
    const dir = join(fixtures, 'scala-helper-env');
    const { results } = analyzeWorkspace(await testAnalyzer(), filesOf(dir));
    expect(brief(dir, results, CORE)).toEqual([
      'src/ConfiguredJob.scala:9 FLINK002 atMostOnceSource',
      'src/ConfiguredJob.scala:9 FLINK003 weakerThanJob',
      'src/OrdersJob.scala:6 FLINK003 weakerThanJob',
      'src/UnconfiguredJob.scala:7 FLINK001 checkpointingDisabled',
    ]);
    const orders = [...results.entries()].find(([uri]) => uri.endsWith('OrdersJob.scala'))![1];
    expect(orders.jobs.map((j) => j.title)).toEqual(['Flink: at-least-once — print() on line 6 (checkpointing: 10 s from FlinkSetup.scala:7)']);
  });

  it('without the index the same jobs are analysed file by file (helpers unseen)', async () => {
    const analyzer = await testAnalyzer();
    const dir = join(fixtures, 'helper-env');
    const configured = readFileSync(join(dir, 'src/ConfiguredJob.java'), 'utf8');
    expect(analyzer.analyzeText('java', configured).findings.map((f) => f.ruleId)).toContain('FLINK001');
  });

  it('follows a factory method that returns new X() to the custom source class, in the file and across files', async () => {
    const dir = join(fixtures, 'source-factory');
    const { results } = analyzeWorkspace(await testAnalyzer(), filesOf(dir));
    expect(brief(dir, results, ['FLINK002'])).toEqual([
      'src/LocalFactoryJob.java:10 FLINK002 uncheckpointedCustomSource',
      'src/TickJob.java:9 FLINK002 uncheckpointedCustomSource',
    ]);
    const tick = [...results.entries()].find(([uri]) => uri.endsWith('TickJob.java'))![1];
    expect(tick.findings.find((f) => f.ruleId === 'FLINK002')!.related?.[0]?.uri).toBe(pathToFileURL(join(dir, 'src/Sources.java')).href);
  });

  it('resolves custom sources declared in other files, checkpointed or not', async () => {
    const dir = join(fixtures, 'custom-source');
    const { results } = analyzeWorkspace(await testAnalyzer(), filesOf(dir));
    expect(brief(dir, results, ['FLINK002'])).toEqual(['src/SourcesJob.java:9 FLINK002 uncheckpointedCustomSource']);
    const finding = [...results.values()].flatMap((r) => r.findings).find((f) => f.ruleId === 'FLINK002')!;
    expect(finding.related).toEqual([{
      range: { start: { line: 5, character: 13 }, end: { line: 5, character: 26 } },
      message: 'CounterSource is declared here.',
      uri: pathToFileURL(join(dir, 'src/CounterSource.java')).href,
    }]);
  });

  it('takes checkpointing from config.yaml and says so in the CodeLens and hovers', async () => {
    const dir = join(fixtures, 'config-enabled');
    const { results, configFindings } = analyzeWorkspace(await testAnalyzer(), filesOf(dir));
    expect(brief(dir, results, CORE)).toEqual(['src/ConfigJob.java:8 FLINK003 weakerThanJob']);
    const job = [...results.values()][0]!;
    expect(job.jobs.map((j) => j.title)).toEqual(['Flink: at-least-once — print() on line 8 (checkpointing: 10 s from config.yaml:4)']);
    expect(job.hovers.some((h) => h.markdown.includes('Checkpointing is on every 10 s (from config.yaml:4)'))).toBe(true);
    expect([...configFindings.values()]).toEqual([[]]);
  });

  it('resolves a sink built by a helper class, reporting at the call', async () => {
    const dir = join(fixtures, 'sink-helper');
    const { results } = analyzeWorkspace(await testAnalyzer(), filesOf(dir));
    expect(brief(dir, results, CORE)).toEqual(['src/ExportJob.java:9 FLINK003 missingRequirement']);
    const finding = [...results.values()].flatMap((r) => r.findings).find((f) => f.ruleId === 'FLINK003')!;
    // The builder is in Sinks.java: no edit may point into this file's text.
    expect(finding.fix).toBeUndefined();
  });

  it('finds the same findings whatever order the files come in', async () => {
    const dir = join(fixtures, 'helper-env');
    const analyzer = await testAnalyzer();
    const forward = brief(dir, analyzeWorkspace(analyzer, filesOf(dir)).results).sort();
    const backward = brief(dir, analyzeWorkspace(analyzer, filesOf(dir).reverse()).results).sort();
    expect(backward).toEqual(forward);
  });

  it('tells which files depend on a changed file, and re-analysis follows the change', async () => {
    const analyzer = await testAnalyzer();
    const dir = join(fixtures, 'helper-env');
    const files = filesOf(dir);
    const { index } = analyzeWorkspace(analyzer, files);
    const setup = files.find((f) => f.uri.endsWith('FlinkSetup.java'))!;
    const orders = files.find((f) => f.uri.endsWith('OrdersJob.java'))!;
    expect(index.dependentsOf(setup.uri).map((u) => u.slice(u.lastIndexOf('/') + 1))).toEqual(['ConfiguredJob.java', 'OrdersJob.java']);
    expect(index.dependentsOf(orders.uri)).toEqual([]);

    // The helper stops enabling checkpointing: its dependents now get FLINK001.
    const before = index.declaredClassesOf(setup.uri);
    index.updateText(setup.uri, setup.text.replace('env.enableCheckpointing(10_000);', ''));
    expect(index.dependentsOf(setup.uri, before)).toContain(orders.uri);
    const again = index.updateText(orders.uri, orders.text)!;
    expect(again.findings.filter((f) => CORE.includes(f.ruleId)).map((f) => `${f.range.start.line + 1} ${f.ruleId}`)).toEqual(['7 FLINK001']);

    // Removing the helper leaves the job with an environment from elsewhere: silent again.
    index.remove(setup.uri);
    expect(index.updateText(orders.uri, orders.text)!.findings.filter((f) => CORE.includes(f.ruleId))).toEqual([]);
  });

  it('re-reads config and build files, and every code file depends on them', async () => {
    const analyzer = await testAnalyzer();
    const index = new WorkspaceIndex(analyzer);
    const job = 'file:///w/src/Job.java';
    const text = 'class Job { void run() throws Exception { var env = StreamExecutionEnvironment.getExecutionEnvironment(); env.socketTextStream("h", 1).print(); env.execute(); } }';
    expect(index.updateText(job, text)!.findings.map((f) => f.ruleId)).toEqual(['FLINK001']);
    index.updateText('file:///w/config.yaml', 'execution.checkpointing.interval: 5 s\n');
    expect(index.dependentsOf('file:///w/config.yaml')).toEqual([job]);
    expect(index.updateText(job, text)!.findings.map((f) => f.ruleId)).toEqual(['FLINK002', 'FLINK003']);
    index.updateText('file:///w/pom.xml', '<project><properties><flink.version>2.0.0</flink.version></properties></project>');
    expect(index.flinkVersion).toMatchObject({ major: 2, minor: 0, origin: 'pom.xml:1' });
    index.remove('file:///w/config.yaml');
    expect(index.updateText(job, text)!.findings.map((f) => f.ruleId)).toEqual(['FLINK001']);
  });
});
