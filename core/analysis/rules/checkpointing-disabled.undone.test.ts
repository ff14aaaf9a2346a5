// FLINK001 when checkpointing is enabled and then turned off again with disableCheckpointing(), and
// no phantom job for the branch of a conditional that does not run.
import { RuleTester } from '../rule-tester.js';
import rule from './checkpointing-disabled.js';
import { javaJob, scalaJob } from './test-support/job-source.js';

const ruleTester = new RuleTester({ language: 'java' });

ruleTester.run(rule, {
  valid: [
    `// a conditional picks one of two environments: one job, which checkpoints
public class LocalOrCluster {
  public static void main(String[] args) throws Exception {
    boolean local = args.length > 0 && args[0].equals("--local");
    StreamExecutionEnvironment env = local
        ? StreamExecutionEnvironment.createLocalEnvironmentWithWebUI(new Configuration())
        : StreamExecutionEnvironment.getExecutionEnvironment();
    env.enableCheckpointing(10_000);
    env.fromSequence(1, 10).print();
    env.execute();
  }
}`,
    javaJob(`
    env.getCheckpointConfig().disableCheckpointing();
    env.enableCheckpointing(5000);
    env.fromSequence(1, 10).print();
    env.execute();
`, { comment: 'enabled again after being disabled' }),
    { name: 'PyFlink: a conditional expression picks one of two environments', language: 'python', code: `import sys
from pyflink.datastream import StreamExecutionEnvironment

env = StreamExecutionEnvironment.get_execution_environment(local_config) if "--local" in sys.argv else StreamExecutionEnvironment.get_execution_environment()
env.enable_checkpointing(10000)
env.from_collection([1, 2]).print()
env.execute()
` },
  ],
  invalid: [
    {
      name: 'Java: getCheckpointConfig().disableCheckpointing() after enableCheckpointing',
      code: javaJob(`
    env.enableCheckpointing(5000);
    env.getCheckpointConfig().disableCheckpointing();
    env.socketTextStream("localhost", 9999).print();
    env.execute();
`, { name: 'Undo' }),
      errors: [{ messageId: 'checkpointingUndone', line: 5, column: 31, endLine: 5, endColumn: 53, messageIncludes: 'turns checkpointing off again' }],
    },
    {
      name: 'Scala: a held CheckpointConfig disables it',
      language: 'scala',
      code: scalaJob(`
    env.enableCheckpointing(5000)
    val config = env.getCheckpointConfig
    config.disableCheckpointing()
    env.socketTextStream("localhost", 9999).print()
    env.execute()
`, { name: 'Undo' }),
      errors: [{ messageId: 'checkpointingUndone', line: 6, column: 12, endLine: 6, endColumn: 34 }],
    },
    {
      name: 'PyFlink: get_checkpoint_config().disable_checkpointing()',
      language: 'python',
      code: `env = StreamExecutionEnvironment.get_execution_environment()
env.enable_checkpointing(5000)
env.get_checkpoint_config().disable_checkpointing()
env.from_source(orders_source(), WatermarkStrategy.no_watermarks(), "orders").print()
env.execute()
`,
      errors: [{ messageId: 'checkpointingUndone', line: 3, column: 29, endLine: 3, endColumn: 52 }],
    },
  ],
});
