// FLINK005 on Flink 1.x-era jobs: a state backend built with a checkpoint path is checkpoint storage.
import { RuleTester } from '../rule-tester.js';
import rule from './checkpoints-not-retained.js';

const ruleTester = new RuleTester({ language: 'java' });

ruleTester.run(rule, {
  valid: [
    `// RocksDBStateBackend with a path, retained on cancellation
public class RocksJob {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.enableCheckpointing(30000);
    env.setStateBackend(new RocksDBStateBackend(checkpointDir, true));
    env.getCheckpointConfig().enableExternalizedCheckpoints(ExternalizedCheckpointCleanup.RETAIN_ON_CANCELLATION);
    env.fromSequence(1, 10).print();
    env.execute("rocks");
  }
}`,
    `// a HashMapStateBackend names no checkpoint directory
public class HeapJob {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.enableCheckpointing(30000);
    env.setStateBackend(new HashMapStateBackend());
    env.fromSequence(1, 10).print();
    env.execute("heap");
  }
}`,
  ],
  invalid: [
    {
      name: 'Java: setStateBackend(new FsStateBackend(path)) without retention; the fix uses the 1.x spelling',
      code: `public class LegacyBackendJob {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.enableCheckpointing(30000);
    env.setStateBackend(new FsStateBackend("hdfs:///flink/checkpoints"));
    env.fromSequence(1, 10).print();
    env.execute("legacy-backend");
  }
}`,
      errors: [{ messageId: 'notRetained', line: 5, column: 9, endLine: 5, endColumn: 73, messageIncludes: 'Checkpoints go to hdfs:///flink/checkpoints' }],
      output: `import org.apache.flink.streaming.api.environment.CheckpointConfig;
public class LegacyBackendJob {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.getCheckpointConfig().enableExternalizedCheckpoints(CheckpointConfig.ExternalizedCheckpointCleanup.RETAIN_ON_CANCELLATION);
    env.enableCheckpointing(30000);
    env.setStateBackend(new FsStateBackend("hdfs:///flink/checkpoints"));
    env.fromSequence(1, 10).print();
    env.execute("legacy-backend");
  }
}`,
    },
    {
      name: 'Java: a variable path still names durable storage',
      code: `public class VarBackendJob {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.enableCheckpointing(30000);
    env.setStateBackend(new RocksDBStateBackend(checkpointDir, true));
    env.execute();
  }
}`,
      settings: { flinkVersion: '1.17' },
      errors: [{ messageId: 'notRetained', line: 5, column: 9, endLine: 5, endColumn: 70, messageIncludes: 'Checkpoints go to checkpointDir' }],
      output: `import org.apache.flink.streaming.api.environment.CheckpointConfig;
public class VarBackendJob {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.getCheckpointConfig().setExternalizedCheckpointCleanup(CheckpointConfig.ExternalizedCheckpointCleanup.RETAIN_ON_CANCELLATION);
    env.enableCheckpointing(30000);
    env.setStateBackend(new RocksDBStateBackend(checkpointDir, true));
    env.execute();
  }
}`,
    },
    {
      name: 'Scala: setStateBackend(new RocksDBStateBackend(path, true))',
      language: 'scala',
      code: `object RocksScalaJob {
  def main(args: Array[String]): Unit = {
    val env = StreamExecutionEnvironment.getExecutionEnvironment
    env.enableCheckpointing(30000)
    env.setStateBackend(new RocksDBStateBackend("file:///tmp/checkpoints", true))
    env.execute("rocks-scala")
  }
}`,
      errors: [{ messageId: 'notRetained', line: 5, column: 9, endLine: 5, endColumn: 82, messageIncludes: 'file:///tmp/checkpoints' }],
      output: `import org.apache.flink.streaming.api.environment.CheckpointConfig
object RocksScalaJob {
  def main(args: Array[String]): Unit = {
    val env = StreamExecutionEnvironment.getExecutionEnvironment
    env.getCheckpointConfig().enableExternalizedCheckpoints(CheckpointConfig.ExternalizedCheckpointCleanup.RETAIN_ON_CANCELLATION)
    env.enableCheckpointing(30000)
    env.setStateBackend(new RocksDBStateBackend("file:///tmp/checkpoints", true))
    env.execute("rocks-scala")
  }
}`,
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
      code: `public class Paths {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.enableCheckpointing(30000);
    env.getCheckpointConfig().setCheckpointStorage("file:///" + checkpointDir);
  }
}`,
      settings: { flinkVersion: '1.20' },
      errors: [{ messageId: 'notRetained', line: 5, column: 31, endLine: 5, endColumn: 79, messageIncludes: 'Checkpoints go to "file:///" + checkpointDir' }],
      output: `import org.apache.flink.configuration.ExternalizedCheckpointRetention;
public class Paths {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.getCheckpointConfig().setExternalizedCheckpointRetention(ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
    env.enableCheckpointing(30000);
    env.getCheckpointConfig().setCheckpointStorage("file:///" + checkpointDir);
  }
}`,
    },
    {
      name: 'Java: a Path names durable storage',
      code: `public class Paths {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.enableCheckpointing(30000);
    env.getCheckpointConfig().setCheckpointStorage(new Path("./checkpoint/dim"));
  }
}`,
      settings: { flinkVersion: '1.20' },
      errors: [{ messageId: 'notRetained', line: 5, column: 31, endLine: 5, endColumn: 81, messageIncludes: 'Checkpoints go to ./checkpoint/dim' }],
      output: `import org.apache.flink.configuration.ExternalizedCheckpointRetention;
public class Paths {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.getCheckpointConfig().setExternalizedCheckpointRetention(ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
    env.enableCheckpointing(30000);
    env.getCheckpointConfig().setCheckpointStorage(new Path("./checkpoint/dim"));
  }
}`,
    },
  ],
});
