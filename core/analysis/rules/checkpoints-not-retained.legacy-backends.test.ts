// FLINK005 on Flink 1.x-era jobs: a state backend built with a checkpoint path is checkpoint storage.
import { RuleTester } from '../rule-tester.js';
import rule from './checkpoints-not-retained.js';
import { javaJob, scalaJob } from './test-support/job-source.js';

const ruleTester = new RuleTester({ language: 'java' });

ruleTester.run(rule, {
  valid: [
    javaJob(`
    env.enableCheckpointing(30000);
    env.setStateBackend(new RocksDBStateBackend(checkpointDir, true));
    env.getCheckpointConfig().enableExternalizedCheckpoints(ExternalizedCheckpointCleanup.RETAIN_ON_CANCELLATION);
    env.fromSequence(1, 10).print();
    env.execute("rocks");
`, { comment: 'RocksDBStateBackend with a path, retained on cancellation', name: 'RocksJob' }),
    javaJob(`
    env.enableCheckpointing(30000);
    env.setStateBackend(new HashMapStateBackend());
    env.fromSequence(1, 10).print();
    env.execute("heap");
`, { comment: 'a HashMapStateBackend names no checkpoint directory', name: 'HeapJob' }),
  ],
  invalid: [
    {
      name: 'Java: setStateBackend(new FsStateBackend(path)) without retention; the fix uses the 1.x spelling',
      code: javaJob(`
    env.enableCheckpointing(30000);
    env.setStateBackend(new FsStateBackend("hdfs:///flink/checkpoints"));
    env.fromSequence(1, 10).print();
    env.execute("legacy-backend");
`, { name: 'LegacyBackendJob' }),
      errors: [{ messageId: 'notRetained', line: 5, column: 9, endLine: 5, endColumn: 73, messageIncludes: 'Checkpoints go to hdfs:///flink/checkpoints' }],
      output: javaJob(`
    env.getCheckpointConfig().enableExternalizedCheckpoints(CheckpointConfig.ExternalizedCheckpointCleanup.RETAIN_ON_CANCELLATION);
    env.enableCheckpointing(30000);
    env.setStateBackend(new FsStateBackend("hdfs:///flink/checkpoints"));
    env.fromSequence(1, 10).print();
    env.execute("legacy-backend");
`, { before: `import org.apache.flink.streaming.api.environment.CheckpointConfig;
`, name: 'LegacyBackendJob' }),
    },
    {
      name: 'Java: a variable path still names durable storage',
      code: javaJob(`
    env.enableCheckpointing(30000);
    env.setStateBackend(new RocksDBStateBackend(checkpointDir, true));
    env.execute();
`, { name: 'VarBackendJob' }),
      settings: { flinkVersion: '1.17' },
      errors: [{ messageId: 'notRetained', line: 5, column: 9, endLine: 5, endColumn: 70, messageIncludes: 'Checkpoints go to checkpointDir' }],
      output: javaJob(`
    env.getCheckpointConfig().setExternalizedCheckpointCleanup(CheckpointConfig.ExternalizedCheckpointCleanup.RETAIN_ON_CANCELLATION);
    env.enableCheckpointing(30000);
    env.setStateBackend(new RocksDBStateBackend(checkpointDir, true));
    env.execute();
`, { before: `import org.apache.flink.streaming.api.environment.CheckpointConfig;
`, name: 'VarBackendJob' }),
    },
    {
      name: 'Scala: setStateBackend(new RocksDBStateBackend(path, true))',
      language: 'scala',
      code: scalaJob(`
    env.enableCheckpointing(30000)
    env.setStateBackend(new RocksDBStateBackend("file:///tmp/checkpoints", true))
    env.execute("rocks-scala")
`, { name: 'RocksScalaJob' }),
      errors: [{ messageId: 'notRetained', line: 5, column: 9, endLine: 5, endColumn: 82, messageIncludes: 'file:///tmp/checkpoints' }],
      output: scalaJob(`
    env.getCheckpointConfig().enableExternalizedCheckpoints(CheckpointConfig.ExternalizedCheckpointCleanup.RETAIN_ON_CANCELLATION)
    env.enableCheckpointing(30000)
    env.setStateBackend(new RocksDBStateBackend("file:///tmp/checkpoints", true))
    env.execute("rocks-scala")
`, { before: `import org.apache.flink.streaming.api.environment.CheckpointConfig
`, name: 'RocksScalaJob' }),
    },
    {
      name: 'PyFlink: set_checkpoint_storage(CheckpointStorage(path))',
      language: 'python',
      code: `from pyflink.datastream import StreamExecutionEnvironment
from pyflink.datastream.checkpoint_storage import CheckpointStorage

env = StreamExecutionEnvironment.get_execution_environment()
env.enable_checkpointing(10000)
env.get_checkpoint_config().set_checkpoint_storage(CheckpointStorage("s3://bucket/checkpoints"))
env.execute("py-storage")
`,
      errors: [{ messageId: 'notRetained', line: 6, column: 29, endLine: 6, endColumn: 97, messageIncludes: 's3://bucket/checkpoints' }],
      output: `from pyflink.datastream import StreamExecutionEnvironment
from pyflink.datastream.checkpoint_storage import CheckpointStorage
from pyflink.datastream.externalized_checkpoint_retention import ExternalizedCheckpointRetention

env = StreamExecutionEnvironment.get_execution_environment()
env.get_checkpoint_config().set_externalized_checkpoint_retention(ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION)
env.enable_checkpointing(10000)
env.get_checkpoint_config().set_checkpoint_storage(CheckpointStorage("s3://bucket/checkpoints"))
env.execute("py-storage")
`,
    },
    {
      name: 'PyFlink: set_state_backend(FsStateBackend(checkpoint_path=...))',
      language: 'python',
      code: `env = StreamExecutionEnvironment.get_execution_environment()
env.enable_checkpointing(10000)
env.set_state_backend(FsStateBackend(checkpoint_path="hdfs:///ckpt"))
env.execute("py-fs")
`,
      errors: [{ messageId: 'notRetained', line: 3, column: 5, endLine: 3, endColumn: 70, messageIncludes: 'hdfs:///ckpt' }],
      output: `from pyflink.datastream.checkpoint_config import ExternalizedCheckpointCleanup
env = StreamExecutionEnvironment.get_execution_environment()
env.get_checkpoint_config().enable_externalized_checkpoints(ExternalizedCheckpointCleanup.RETAIN_ON_CANCELLATION)
env.enable_checkpointing(10000)
env.set_state_backend(FsStateBackend(checkpoint_path="hdfs:///ckpt"))
env.execute("py-fs")
`,
    },
    {
      name: 'Java: a concatenated location names durable storage',
      code: javaJob(`
    env.enableCheckpointing(30000);
    env.getCheckpointConfig().setCheckpointStorage("file:///" + checkpointDir);
`, { name: 'Paths' }),
      settings: { flinkVersion: '1.20' },
      errors: [{ messageId: 'notRetained', line: 5, column: 31, endLine: 5, endColumn: 79, messageIncludes: 'Checkpoints go to "file:///" + checkpointDir' }],
      output: javaJob(`
    env.getCheckpointConfig().setExternalizedCheckpointRetention(ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
    env.enableCheckpointing(30000);
    env.getCheckpointConfig().setCheckpointStorage("file:///" + checkpointDir);
`, { before: `import org.apache.flink.configuration.ExternalizedCheckpointRetention;
`, name: 'Paths' }),
    },
    {
      name: 'Java: a Path names durable storage',
      code: javaJob(`
    env.enableCheckpointing(30000);
    env.getCheckpointConfig().setCheckpointStorage(new Path("./checkpoint/dim"));
`, { name: 'Paths' }),
      settings: { flinkVersion: '1.20' },
      errors: [{ messageId: 'notRetained', line: 5, column: 31, endLine: 5, endColumn: 81, messageIncludes: 'Checkpoints go to ./checkpoint/dim' }],
      output: javaJob(`
    env.getCheckpointConfig().setExternalizedCheckpointRetention(ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
    env.enableCheckpointing(30000);
    env.getCheckpointConfig().setCheckpointStorage(new Path("./checkpoint/dim"));
`, { before: `import org.apache.flink.configuration.ExternalizedCheckpointRetention;
`, name: 'Paths' }),
    },
  ],
});
