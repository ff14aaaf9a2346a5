// Checkpoint locations written where real jobs write them: a Configuration made from an inline map,
// and a storage path computed elsewhere (FLINK005 is about where checkpoints go, not how it is spelled).
import { describe, expect, it } from 'vitest';
import { testAnalyzer } from '../../test-support.js';
import { analyzeWorkspace } from '../../cross-file/analyze-workspace.js';

const job = (setup: string) => `public final class Job {
  public static void main(String[] args) throws Exception {
${setup}
    env.fromSequence(1, 10).uid("seq").map(x -> x).uid("m").sinkTo(new DiscardingSink<>()).uid("sink");
    env.execute();
  }
}`;

async function flink005Lines(setup: string): Promise<number[]> {
  const { results } = analyzeWorkspace(await testAnalyzer(), [{ uri: 'file:///w/Job.java', text: job(setup) }]);
  return results.get('file:///w/Job.java')!.findings.filter((f) => f.ruleId === 'FLINK005').map((f) => f.range.start.line + 1);
}

describe('checkpoint locations in real shapes (FLINK005)', () => {
  it('reads execution.checkpointing.dir from Configuration.fromMap(Map.of(...))', async () => {
    expect(await flink005Lines(`    Configuration conf = Configuration.fromMap(Map.of(
        "state.backend.type", "rocksdb",
        "execution.checkpointing.dir", "file:///tmp/ckpt"));
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.enableCheckpointing(10_000);`)).toEqual([5]);
  });

  it('is quiet when the map also retains checkpoints on cancellation', async () => {
    expect(await flink005Lines(`    Configuration conf = Configuration.fromMap(Map.of(
        "execution.checkpointing.dir", "file:///tmp/ckpt",
        "execution.checkpointing.externalized-checkpoint-retention", "RETAIN_ON_CANCELLATION"));
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.enableCheckpointing(10_000);`)).toEqual([]);
  });

  it('takes a storage path computed elsewhere as a location', async () => {
    expect(await flink005Lines(`    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.enableCheckpointing(10_000);
    env.getCheckpointConfig().setCheckpointStorage(policy.getStoragePath());`)).toEqual([5]);
  });

  it('does not take a storage object without a directory as a location', async () => {
    expect(await flink005Lines(`    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.enableCheckpointing(10_000);
    env.getCheckpointConfig().setCheckpointStorage(new JobManagerCheckpointStorage());`)).toEqual([]);
  });
});
