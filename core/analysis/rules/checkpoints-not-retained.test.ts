import { RuleTester } from '../rule-tester.js';
import rule from './checkpoints-not-retained.js';

const ruleTester = new RuleTester({ language: 'java' });

const job = (body: string) => `import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class Orders {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
${body}
    env.execute();
  }
}`;

const storage = `    env.enableCheckpointing(10_000);
    env.getCheckpointConfig().setCheckpointStorage("s3://bucket/checkpoints");`;

ruleTester.run(rule, {
  valid: [
    job(`    // retained on cancellation
${storage}
    env.getCheckpointConfig().setExternalizedCheckpointRetention(ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);`),
    job(`    // no durable location: nothing to keep
    env.enableCheckpointing(10_000);`),
    job(`    // storage without checkpointing
    env.getCheckpointConfig().setCheckpointStorage("s3://bucket/checkpoints");`),
    job(`    // the JobManager's memory is not a durable location
    env.enableCheckpointing(10_000);
    env.getCheckpointConfig().setCheckpointStorage("jobmanager");`),
  ],
  invalid: [
    {
      name: 'storage set, no retention: the fix uses the 1.20 API when the version is unknown',
      code: job(storage),
      errors: [{ messageId: 'notRetained', line: 7, column: 31, endLine: 7, endColumn: 78, messageIncludes: 'no retention is set' }],
      output: `import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;

public class Orders {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.getCheckpointConfig().setExternalizedCheckpointRetention(ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
    env.enableCheckpointing(10_000);
    env.getCheckpointConfig().setCheckpointStorage("s3://bucket/checkpoints");
    env.execute();
  }
}`,
    },
    {
      name: 'Flink 1.18: setExternalizedCheckpointCleanup',
      code: job(storage),
      settings: { flinkVersion: '1.18.1' },
      errors: [{ messageId: 'notRetained', line: 7, column: 31, endLine: 7, endColumn: 78 }],
      output: `import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.environment.CheckpointConfig;

public class Orders {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.getCheckpointConfig().setExternalizedCheckpointCleanup(CheckpointConfig.ExternalizedCheckpointCleanup.RETAIN_ON_CANCELLATION);
    env.enableCheckpointing(10_000);
    env.getCheckpointConfig().setCheckpointStorage("s3://bucket/checkpoints");
    env.execute();
  }
}`,
    },
    {
      name: 'retention deleting on cancel, directory through Configuration: no automatic fix',
      code: job(`    Configuration conf = new Configuration();
    conf.setString("state.checkpoints.dir", "hdfs:///flink/checkpoints");
    env.configure(conf);
    env.enableCheckpointing(10_000);
    env.getCheckpointConfig().setExternalizedCheckpointRetention(ExternalizedCheckpointRetention.DELETE_ON_CANCELLATION);`),
      errors: [{ messageId: 'notRetained', line: 7, column: 10, endLine: 7, endColumn: 73, messageIncludes: 'retention is DELETE_ON_CANCELLATION' }],
      output: null,
    },
  ],
});
