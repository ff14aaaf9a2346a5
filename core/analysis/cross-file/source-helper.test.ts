// A helper of another file that takes the environment and returns a source's stream: the source is
// the caller's, at the call (FLINK004 points where the `.uid(...)` goes), and the caller's sinks on
// that stream are judged against the caller's checkpointing (FLINK003).
import { describe, expect, it } from 'vitest';
import { testAnalyzer } from '../test-support.js';
import { analyzeWorkspace } from './analyze-workspace.js';

const sources = (body: string) => `package labs;

public final class Sources {
  public static DataStream<Long> ticks(StreamExecutionEnvironment env, String name) {
    ${body}
  }
}`;

// Typed: an untyped parameter is not known to be an environment (a blind spot, docs/rules/FLINK004.md).
const pythonSources = `def ticks(env: StreamExecutionEnvironment, topic):
    source = KafkaSource.builder().set_topics(topic).build()
    return env.from_source(source, WatermarkStrategy.no_watermarks(), topic)
`;

const job = (tail: string) => `package labs;

public final class CountJob {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.enableCheckpointing(5_000);
    Sources.ticks(env, "ticks")${tail}
      .keyBy(t -> t % 4)
      .sum(0)
      .uid("sum")
      .print();
    env.execute();
  }
}`;

const generator = 'return env.fromSource(new DataGeneratorSource<>(i -> i, Long.MAX_VALUE, Types.LONG), WatermarkStrategy.noWatermarks(), name);';

async function findingsOf(helper: string, jobText: string, helperUri = 'file:///w/src/labs/Sources.java', jobUri = 'file:///w/src/labs/CountJob.java'): Promise<string[]> {
  const { results } = analyzeWorkspace(await testAnalyzer(), [
    { uri: helperUri, text: helper },
    { uri: jobUri, text: jobText },
  ]);
  return results.get(jobUri)!.findings.map((f) => `${f.range.start.line + 1} ${f.ruleId}`);
}

describe('a source returned by a helper of another file', () => {
  it("is the caller's source at the call, and the caller's print() is judged", async () => {
    expect(await findingsOf(sources(generator), job(''))).toEqual(['7 FLINK004', '11 FLINK003']);
  });

  it('takes its uid from the call site', async () => {
    expect(await findingsOf(sources(generator), job('.uid("ticks")'))).toEqual(['11 FLINK003']);
  });

  it('is not a source of the caller when the helper transforms it before returning', async () => {
    const transformed = 'return env.fromSource(new DataGeneratorSource<>(i -> i, Long.MAX_VALUE, Types.LONG), WatermarkStrategy.noWatermarks(), name).uid("gen").map(t -> t * 2);';
    expect(await findingsOf(sources(transformed), job(''))).not.toContain('7 FLINK004');
  });

  it('works for a PyFlink module function', async () => {
    const caller = `from labs.sources import ticks

env = StreamExecutionEnvironment.get_execution_environment()
env.enable_checkpointing(5000)
ticks(env, "in").key_by(lambda t: t).reduce(lambda a, b: a + b).uid("sum").print()
env.execute()
`;
    expect(await findingsOf(pythonSources, caller, 'file:///w/labs/sources.py', 'file:///w/labs/job.py')).toEqual(['5 FLINK004', '5 FLINK003']);
  });
});
