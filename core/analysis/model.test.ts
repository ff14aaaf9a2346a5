// The Java front end's job model: environments, checkpoint settings and the dataflow from sources
// to sinks through locals, fields, chains and helpers.
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultCatalog } from './catalog/catalog.js';
import { javaFrontEnd } from './languages/java.js';
import type { JobModel } from './model.js';
import { loadGrammars } from './parse/grammar-loader.js';
import type { Parser } from 'web-tree-sitter';

let parser: Parser;
beforeAll(async () => {
  parser = (await loadGrammars(['java'])).parsers.java!;
});

function model(text: string): JobModel {
  const tree = parser.parse(text)!;
  try {
    return javaFrontEnd.buildModel({ tree, text, catalog: defaultCatalog });
  } finally {
    tree.delete();
  }
}

function sourceName(m: JobModel, id: number): string {
  const source = m.sources.find((s) => s.id === id)!;
  return source.custom?.name ?? source.callName;
}

describe('Java job model', () => {
  it('follows streams through locals, var, fields, union and helpers to each sink', () => {
    const m = model(`public class Job {
  private DataStream<String> clicks;

  public static void main(String[] args) throws Exception {
    new Job().run();
  }

  void run() throws Exception {
    var env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.enableCheckpointing(2000);
    DataStream<String> orders = env.fromSource(KafkaSource.<String>builder().build(), WatermarkStrategy.noWatermarks(), "orders");
    this.clicks = env.socketTextStream("localhost", 9999);
    DataStream<String> both = orders.union(clicks).map(String::trim);
    both.print();
    enrich(orders).sinkTo(FileSink.forRowFormat(new Path("/out"), new SimpleStringEncoder<String>()).build());
    env.execute("job");
  }

  private DataStream<String> enrich(DataStream<String> in) {
    return in.filter(s -> !s.isEmpty());
  }
}`);
    expect(m.environments).toHaveLength(1);
    const env = m.environments[0]!;
    expect(env.variable).toBe('env');
    expect(env.checkpointing).toMatchObject({ enabled: true, intervalMs: 2000, mode: 'exactly-once', enabledVia: 'enableCheckpointing' });
    expect(m.sources.map((s) => s.connectorId)).toEqual(['kafka-source', 'socket-source']);
    const sinks = m.sinks.map((s) => ({ sink: s.displayName, from: s.sourceIds.map((id) => sourceName(m, id)), env: s.envId }));
    expect(sinks).toEqual([
      { sink: 'print()', from: ['fromSource()', 'socketTextStream()'], env: env.id },
      { sink: 'FileSink', from: ['fromSource()'], env: env.id },
    ]);
    expect(m.operators.map((o) => o.name)).toEqual(['union', 'map', 'filter']);
    expect(m.executions).toEqual([{ envId: env.id, range: { start: { line: 15, character: 8 }, end: { line: 15, character: 22 } } }]);
  });

  it('reads mode, timeout and retention from a held CheckpointConfig and a Configuration', () => {
    const m = model(`class Job {
  void run() throws Exception {
    Configuration conf = new Configuration();
    conf.setString("execution.checkpointing.interval", "1 min");
    conf.set(ExecutionCheckpointingOptions.CHECKPOINTING_MODE, CheckpointingMode.AT_LEAST_ONCE);
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    CheckpointConfig cc = env.getCheckpointConfig();
    cc.setCheckpointTimeout(Duration.ofMinutes(5).toMillis());
    cc.setExternalizedCheckpointRetention(ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
    env.execute();
  }
}`);
    const cp = m.environments[0]!.checkpointing;
    expect(cp).toMatchObject({ enabled: true, enabledVia: 'configuration', intervalMs: 60_000, mode: 'at-least-once', retention: 'RETAIN_ON_CANCELLATION' });
    expect(cp.enabledAt).toEqual({ start: { line: 3, character: 9 }, end: { line: 3, character: 63 } });
    expect(cp.modeAt?.start).toEqual({ line: 4, character: 9 });
    expect(cp.calls.map((c) => c.kind)).toEqual(['enable', 'mode', 'timeout', 'retention']);
  });

  it('detects batch mode from setRuntimeMode and from execution.runtime-mode', () => {
    const m = model(`class Job {
  void a() { StreamExecutionEnvironment e = StreamExecutionEnvironment.getExecutionEnvironment(); e.setRuntimeMode(RuntimeExecutionMode.BATCH); }
  void b() {
    Configuration c = new Configuration();
    c.set(ExecutionOptions.RUNTIME_MODE, RuntimeExecutionMode.STREAMING);
    StreamExecutionEnvironment e = StreamExecutionEnvironment.getExecutionEnvironment(c);
  }
  void c() { StreamExecutionEnvironment e = StreamExecutionEnvironment.createLocalEnvironment(); }
}`);
    expect(m.environments.map((e) => e.runtimeMode)).toEqual(['batch', 'streaming', 'streaming']);
    expect(m.environments.map((e) => e.creationApi)).toEqual([
      'StreamExecutionEnvironment.getExecutionEnvironment',
      'StreamExecutionEnvironment.getExecutionEnvironment',
      'StreamExecutionEnvironment.createLocalEnvironment',
    ]);
  });

  it('ignores comments and string contents entirely', () => {
    const m = model(`class Job {
  void run() throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    // env.enableCheckpointing(1000);
    /* env.socketTextStream("h", 1).print(); */
    String code = "env.getCheckpointConfig().setCheckpointInterval(5)";
    env.execute(code);
  }
}`);
    expect(m.environments[0]!.checkpointing.enabled).toBe(false);
    expect(m.sources).toEqual([]);
    expect(m.sinks).toEqual([]);
  });

  it('resolves builders configured across statements and inline sinks, recording their calls', () => {
    const m = model(`class Job {
  void run(DataStream<String> in) {
    KafkaSinkBuilder<String> b = KafkaSink.<String>builder();
    b.setBootstrapServers("k:9092");
    b.setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE);
    in.sinkTo(b.setTransactionalIdPrefix("p-").build());
  }
}`);
    const sink = m.sinks[0]!;
    expect(sink.connectorId).toBe('kafka-sink');
    expect(sink.envId).toBeUndefined();
    expect(sink.connector!.calls.map((c) => c.method)).toEqual(['builder', 'setBootstrapServers', 'setDeliveryGuarantee', 'setTransactionalIdPrefix', 'build']);
    expect(sink.connector!.calls[2]!.enumArgs).toEqual(['EXACTLY_ONCE']);
    expect(sink.connector!.calls[3]!.args[0]!.stringValue).toBe('p-');
  });

  it('lists custom source classes with their bases and checkpointing', () => {
    const m = model(`class A extends RichSourceFunction<String> implements CheckpointedFunction {}
class B implements ParallelSourceFunction<Long> {}
class C extends B {}
class D extends ProcessFunction<String, String> {}`);
    expect(m.customSourceClasses.map((c) => [c.name, c.bases, c.checkpointed])).toEqual([
      ['A', ['RichSourceFunction'], true],
      ['B', ['ParallelSourceFunction'], false],
      ['C', ['ParallelSourceFunction'], false],
    ]);
  });

  it('stops at recursion and deep helper chains instead of looping', () => {
    const m = model(`class Job {
  public static void main(String[] a) { StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(); loop(env); }
  static void loop(StreamExecutionEnvironment env) { loop(env); env.enableCheckpointing(100); }
}`);
    expect(m.environments[0]!.checkpointing.enabled).toBe(true);
  });
});
