// FLINK004 for a keyed map/flatMap whose rich function, declared in another file, obtains keyed state.
import { describe, expect, it } from 'vitest';
import { testAnalyzer } from '../test-support.js';
import { analyzeWorkspace } from './analyze-workspace.js';

const functionFile = `public class CountPerKey extends RichFlatMapFunction<String, Long> {
  private transient ValueState<Long> count;
  public void open(Configuration parameters) {
    count = getRuntimeContext().getState(new ValueStateDescriptor<>("count", Long.class));
  }
  public void flatMap(String value, Collector<Long> out) throws Exception {
    long next = (count.value() == null ? 0L : count.value()) + 1;
    count.update(next);
    out.collect(next);
  }
}`;

const stateless = `public class Upper implements MapFunction<String, String> {
  public String map(String value) { return value.toUpperCase(); }
}`;

const job = `public class Job {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.enableCheckpointing(10_000);
    env.fromElements("a", "b").map(new Upper()).keyBy(s -> s).flatMap(new CountPerKey()).print();
    env.execute();
  }
}`;

const scalaJob = `object ScalaJob {
  def main(args: Array[String]): Unit = {
    val env = StreamExecutionEnvironment.getExecutionEnvironment
    env.fromElements("a").keyBy(s => s).flatMap(new CountPerKey).print()
    env.execute()
  }
}`;

describe('keyed state across files', () => {
  it('marks flatMap(new CountPerKey()) stateful when CountPerKey (another file) obtains keyed state', async () => {
    const { results } = analyzeWorkspace(await testAnalyzer(), [
      { uri: 'file:///w/src/CountPerKey.java', text: functionFile },
      { uri: 'file:///w/src/Upper.java', text: stateless },
      { uri: 'file:///w/src/Job.java', text: job },
      { uri: 'file:///w/src/ScalaJob.scala', text: scalaJob },
    ]);
    const brief = (uri: string) => results.get(uri)!.findings.filter((f) => f.ruleId === 'FLINK004').map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.messageId}`);
    expect(brief('file:///w/src/Job.java')).toEqual(['5:63 statefulOperator']);
    expect(brief('file:///w/src/ScalaJob.scala')).toEqual(['4:41 statefulOperator']);
  });

  it('marks flatMap(new Buffering()) stateful, as operator state, when Buffering (another file) is a CheckpointedFunction', async () => {
    const buffering = `public class Buffering extends RichFlatMapFunction<String, String> implements CheckpointedFunction {
  private transient ListState<String> pending;
  public void flatMap(String value, Collector<String> out) throws Exception { pending.add(value); }
  public void snapshotState(FunctionSnapshotContext context) {}
  public void initializeState(FunctionInitializationContext context) throws Exception {
    pending = context.getOperatorStateStore().getListState(new ListStateDescriptor<>("pending", String.class));
  }
}`;
    const bufferJob = job.replace('.map(new Upper()).keyBy(s -> s).flatMap(new CountPerKey())', '.flatMap(new Buffering())');
    const { results } = analyzeWorkspace(await testAnalyzer(), [
      { uri: 'file:///w/src/Job.java', text: bufferJob },
      { uri: 'file:///w/src/Buffering.java', text: buffering },
    ]);
    const findings = results.get('file:///w/src/Job.java')!.findings.filter((f) => f.ruleId === 'FLINK004');
    expect(findings.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.messageId}`)).toEqual(['5:32 statefulOperator']);
    expect(findings[0]!.message).toContain('flatMap(...) keeps operator state');
  });
});
