// A method that builds the pipeline on an environment passed in (`Pipeline.build(env)`) is judged
// with the checkpointing of the jobs in other files that call it: FLINK003 on its print() when a
// caller checkpoints in exactly-once mode, FLINK011 on its functions' plain fields, FLINK002 only
// when a caller checkpoints. FLINK001 stays with the caller, where the environment is made.
import { describe, expect, it } from 'vitest';
import { testAnalyzer } from '../test-support.js';
import { analyzeWorkspace, type WorkspaceFile } from './analyze-workspace.js';
import { WorkspaceIndex } from './workspace-index.js';

const pipeline = `public class Pipeline {
  public static DataStream<Long> build(StreamExecutionEnvironment env) {
    DataStream<Long> counts = env.socketTextStream("localhost", 7777)
        .keyBy(line -> line)
        .window(TumblingProcessingTimeWindows.of(Duration.ofSeconds(5)))
        .aggregate(new DistinctUsers());
    counts.print();
    return counts;
  }

  public static class DistinctUsers implements AggregateFunction<String, Long, Long> {
    private final Map<String, Long> seen = new HashMap<>();
    public Long createAccumulator() { return 0L; }
    public Long add(String value, Long acc) {
      seen.put(value, acc);
      return acc + 1;
    }
    public Long getResult(Long acc) { return acc; }
    public Long merge(Long a, Long b) { return a + b; }
  }
}`;

const checkpointedJob = `public class NightlyJob {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.enableCheckpointing(5_000, CheckpointingMode.EXACTLY_ONCE);
    Pipeline.build(env);
    env.execute("nightly");
  }
}`;

const uncheckpointedJob = `public class DemoJob {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    Pipeline.build(env);
    env.execute("demo");
  }
}`;

const CALLER_RULES = new Set(['FLINK001', 'FLINK002', 'FLINK003', 'FLINK011']);

async function findings(files: WorkspaceFile[]): Promise<string[]> {
  const { results } = analyzeWorkspace(await testAnalyzer(), files);
  return [...results.entries()].flatMap(([uri, result]) => result.findings
    .filter((f) => CALLER_RULES.has(f.ruleId))
    .map((f) => `${uri.slice(uri.lastIndexOf('/') + 1)}:${f.range.start.line + 1} ${f.ruleId} ${f.messageId}`));
}

describe('checkpointing of the callers', () => {
  it('judges a pipeline helper with the exactly-once checkpointing of the job that calls it, in any file order', async () => {
    const expected = [
      'Pipeline.java:3 FLINK002 atMostOnceSource',
      'Pipeline.java:7 FLINK003 weakerThanJob',
      'Pipeline.java:12 FLINK011 fieldState',
    ];
    const helperFirst = await findings([
      { uri: 'file:///w/src/Pipeline.java', text: pipeline },
      { uri: 'file:///w/src/NightlyJob.java', text: checkpointedJob },
    ]);
    expect(helperFirst).toEqual(expected);
    const jobFirst = await findings([
      { uri: 'file:///w/src/NightlyJob.java', text: checkpointedJob },
      { uri: 'file:///w/src/Pipeline.java', text: pipeline },
    ]);
    expect(jobFirst).toEqual(expected);
  });

  it('names the calling job in the hover of the helper', async () => {
    const { results } = analyzeWorkspace(await testAnalyzer(), [
      { uri: 'file:///w/src/Pipeline.java', text: pipeline },
      { uri: 'file:///w/src/NightlyJob.java', text: checkpointedJob },
    ]);
    const hover = results.get('file:///w/src/Pipeline.java')!.hovers.find((h) => h.markdown.includes('Sink: print()'));
    expect(hover?.markdown).toContain('Checkpointing is on every 5 s (from NightlyJob.java:5), mode EXACTLY_ONCE (from NightlyJob.java:5).');
  });

  it('leaves a helper whose only caller never checkpoints to the caller\'s FLINK001', async () => {
    expect(await findings([
      { uri: 'file:///w/src/Pipeline.java', text: pipeline },
      { uri: 'file:///w/src/DemoJob.java', text: uncheckpointedJob },
    ])).toEqual(['DemoJob.java:3 FLINK001 checkpointingDisabled']);
  });

  it('speaks for the caller that checkpoints when one of two does not', async () => {
    expect(await findings([
      { uri: 'file:///w/src/DemoJob.java', text: uncheckpointedJob },
      { uri: 'file:///w/src/Pipeline.java', text: pipeline },
      { uri: 'file:///w/src/NightlyJob.java', text: checkpointedJob },
    ])).toEqual([
      'DemoJob.java:3 FLINK001 checkpointingDisabled',
      'Pipeline.java:3 FLINK002 atMostOnceSource',
      'Pipeline.java:7 FLINK003 weakerThanJob',
      'Pipeline.java:12 FLINK011 fieldState',
    ]);
  });

  it('does not hand the callers\' checkpointing back to other callers through the helper', async () => {
    // DemoJob must not look checkpointed because NightlyJob's checkpointing reached Pipeline.build.
    const all = await findings([
      { uri: 'file:///w/src/NightlyJob.java', text: checkpointedJob },
      { uri: 'file:///w/src/Pipeline.java', text: pipeline },
      { uri: 'file:///w/src/DemoJob.java', text: uncheckpointedJob },
    ]);
    expect(all).toContain('DemoJob.java:3 FLINK001 checkpointingDisabled');
  });

  it('a helper analysed alone knows nothing of its callers and keeps its judgement of an unknown environment', async () => {
    expect(await findings([{ uri: 'file:///w/src/Pipeline.java', text: pipeline }])).toEqual(['Pipeline.java:3 FLINK002 atMostOnceSource']);
  });

  it('works the same for a PyFlink module function called from a job script', async () => {
    const helper = `from pyflink.datastream import StreamExecutionEnvironment


def build(env: StreamExecutionEnvironment):
    env.from_collection([1, 2, 3]).map(lambda v: v + 1).print()
`;
    const job = `from pyflink.datastream import StreamExecutionEnvironment
import pipeline

env = StreamExecutionEnvironment.get_execution_environment()
env.enable_checkpointing(5000)
pipeline.build(env)
env.execute("job")
`;
    expect(await findings([
      { uri: 'file:///w/pipeline.py', text: helper },
      { uri: 'file:///w/job.py', text: job },
    ])).toEqual(['pipeline.py:5 FLINK003 weakerThanJob']);
  });

  it('re-analyses the helper when a caller changes (editor: dependentsOf)', async () => {
    const index = new WorkspaceIndex(await testAnalyzer());
    const helperUri = 'file:///w/src/Pipeline.java';
    const jobUri = 'file:///w/src/NightlyJob.java';
    index.updateText(helperUri, pipeline);
    index.updateText(jobUri, checkpointedJob);
    expect(index.dependentsOf(jobUri)).toEqual([helperUri]);
    const judged = index.updateText(helperUri, pipeline)!.findings.map((f) => f.ruleId);
    expect(judged).toEqual(expect.arrayContaining(['FLINK003', 'FLINK011']));
    // The caller stops checkpointing: the helper depends on it (it asked about its callers) and changes.
    index.updateText(jobUri, uncheckpointedJob.replace(/DemoJob/g, 'NightlyJob'));
    expect(index.dependentsOf(jobUri)).toEqual([helperUri]);
    expect(index.updateText(helperUri, pipeline)!.findings.map((f) => f.ruleId).filter((id) => CALLER_RULES.has(id))).toEqual([]);
  });
});
