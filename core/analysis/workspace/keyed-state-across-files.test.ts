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
});
