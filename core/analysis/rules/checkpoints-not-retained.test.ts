import { RuleTester } from '../rule-tester.js';
import rule from './checkpoints-not-retained.js';
import { javaJob, scalaJob } from './test-support/job-source.js';

const ruleTester = new RuleTester({ language: 'java' });

// `imports`: lines after the first import, each ending with a newline (what a fix adds).
const job = (body: string, imports = '') => javaJob(`${body}
    env.execute();`, { before: `import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;\n${imports}\n`, name: 'Orders' });

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
      output: job(`    env.getCheckpointConfig().setExternalizedCheckpointRetention(ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
${storage}`, 'import org.apache.flink.configuration.ExternalizedCheckpointRetention;\n'),
    },
    {
      name: 'Flink 1.18: setExternalizedCheckpointCleanup',
      code: job(storage),
      settings: { flinkVersion: '1.18.1' },
      errors: [{ messageId: 'notRetained', line: 7, column: 31, endLine: 7, endColumn: 78 }],
      output: job(`    env.getCheckpointConfig().setExternalizedCheckpointCleanup(CheckpointConfig.ExternalizedCheckpointCleanup.RETAIN_ON_CANCELLATION);
${storage}`, 'import org.apache.flink.streaming.api.environment.CheckpointConfig;\n'),
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

// PyFlink: set_checkpoint_storage_dir / the execution.checkpointing.dir key, retention through get_checkpoint_config().
// `imports`: lines after the first import, each ending with a newline (what a fix adds).
const pyJob = (body: string, imports = '') => `from pyflink.datastream import StreamExecutionEnvironment
${imports}
env = StreamExecutionEnvironment.get_execution_environment()
${body}
env.execute("orders")
`;

new RuleTester({ language: 'python' }).run(rule, {
  valid: [
    {
      name: 'python: retained on cancellation',
      code: pyJob(`env.enable_checkpointing(10_000)
env.get_checkpoint_config().set_checkpoint_storage_dir("s3://bucket/checkpoints")
env.get_checkpoint_config().set_externalized_checkpoint_retention(ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION)`),
    },
    {
      name: 'python: enable_externalized_checkpoints keeping them on cancellation',
      code: pyJob(`env.enable_checkpointing(10_000)
env.get_checkpoint_config().set_checkpoint_storage_dir("s3://bucket/checkpoints")
env.get_checkpoint_config().enable_externalized_checkpoints(ExternalizedCheckpointCleanup.RETAIN_ON_CANCELLATION)`),
    },
    { name: 'python: no durable location', code: pyJob('env.enable_checkpointing(10_000)') },
  ],
  invalid: [
    {
      name: 'python: storage dir set, no retention: the fix calls set_externalized_checkpoint_retention',
      code: pyJob(`env.enable_checkpointing(10_000)
env.get_checkpoint_config().set_checkpoint_storage_dir("s3://bucket/checkpoints")`),
      errors: [{ messageId: 'notRetained', line: 5, column: 29, endLine: 5, endColumn: 82, messageIncludes: 'no retention is set' }],
      output: pyJob(`env.get_checkpoint_config().set_externalized_checkpoint_retention(ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION)
env.enable_checkpointing(10_000)
env.get_checkpoint_config().set_checkpoint_storage_dir("s3://bucket/checkpoints")`, 'from pyflink.datastream.externalized_checkpoint_retention import ExternalizedCheckpointRetention\n'),
    },
    {
      name: 'python on 1.20: set_externalized_checkpoint_cleanup (the retention wrapper of PyFlink 1.20.5 calls a Java class 1.20.5 lacks)',
      settings: { flinkVersion: '1.20.5' },
      code: pyJob(`env.enable_checkpointing(10_000)
env.get_checkpoint_config().set_checkpoint_storage_dir("s3://bucket/checkpoints")`),
      errors: [{ messageId: 'notRetained', line: 5, column: 29, endLine: 5, endColumn: 82 }],
      output: pyJob(`env.get_checkpoint_config().set_externalized_checkpoint_cleanup(ExternalizedCheckpointCleanup.RETAIN_ON_CANCELLATION)
env.enable_checkpointing(10_000)
env.get_checkpoint_config().set_checkpoint_storage_dir("s3://bucket/checkpoints")`, 'from pyflink.datastream.checkpoint_config import ExternalizedCheckpointCleanup\n'),
    },
    {
      name: 'python: the directory in a Configuration, retention deleting on cancel',
      code: `from pyflink.common import Configuration
from pyflink.datastream import StreamExecutionEnvironment

config = Configuration()
config.set_string('execution.checkpointing.dir', 'hdfs:///flink/checkpoints')
env = StreamExecutionEnvironment.get_execution_environment(config)
env.enable_checkpointing(10_000)
env.get_checkpoint_config().set_externalized_checkpoint_retention(ExternalizedCheckpointRetention.DELETE_ON_CANCELLATION)
env.execute()
`,
      errors: [{ messageId: 'notRetained', line: 5, column: 8, endLine: 5, endColumn: 78, messageIncludes: 'retention is DELETE_ON_CANCELLATION' }],
      output: null,
    },
  ],
});

// Scala on the Java API.
const scalaOrders = (body: string) => scalaJob(`${body}
    env.execute()`, { name: 'Orders' });

new RuleTester({ language: 'scala' }).run(rule, {
  valid: [
    scalaOrders(`    // scala: retained on cancellation
    env.enableCheckpointing(10000)
    env.getCheckpointConfig.setCheckpointStorage("s3://bucket/checkpoints")
    env.getCheckpointConfig.setExternalizedCheckpointRetention(ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION)`),
    scalaOrders(`    // scala: the JobManager's memory is not a durable location
    env.enableCheckpointing(10000)
    env.getCheckpointConfig.setCheckpointStorage("jobmanager")`),
  ],
  invalid: [
    {
      code: scalaOrders(`    // scala: storage set, no retention
    env.enableCheckpointing(10000)
    env.getCheckpointConfig.setCheckpointStorage("s3://bucket/checkpoints")`),
      errors: [{ messageId: 'notRetained', line: 6, column: 29, endLine: 6, endColumn: 76, messageIncludes: 'no retention is set' }],
      output: `import org.apache.flink.configuration.ExternalizedCheckpointRetention
object Orders {
  def main(args: Array[String]): Unit = {
    val env = StreamExecutionEnvironment.getExecutionEnvironment
    env.getCheckpointConfig().setExternalizedCheckpointRetention(ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION)
    // scala: storage set, no retention
    env.enableCheckpointing(10000)
    env.getCheckpointConfig.setCheckpointStorage("s3://bucket/checkpoints")
    env.execute()
  }
}`,
    },
    {
      code: scalaOrders(`    // scala: state.checkpoints.dir through a Configuration, enableExternalizedCheckpoints deleting on cancel
    val conf = new Configuration()
    conf.setString("state.checkpoints.dir", "hdfs:///flink/checkpoints")
    env.configure(conf)
    env.enableCheckpointing(10000)
    env.getCheckpointConfig.enableExternalizedCheckpoints(ExternalizedCheckpointCleanup.DELETE_ON_CANCELLATION)`),
      errors: [{ messageId: 'notRetained', line: 6, column: 10, endLine: 6, endColumn: 73, messageIncludes: 'retention is DELETE_ON_CANCELLATION' }],
      output: null,
    },
  ],
});
