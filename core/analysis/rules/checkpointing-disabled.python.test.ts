import { RuleTester } from '../rule-tester.js';
import rule from './checkpointing-disabled.js';
import { fixInsertsLine } from './test-support/fixed-text.js';

// PyFlink (issue 6): every import style, helpers, Configuration, CheckpointConfig, the Table API and SQL SET.
new RuleTester({ language: 'python' }).run(rule, {
  valid: [
    {
      name: 'python: enable_checkpointing right after creation',
      code: `from pyflink.datastream import StreamExecutionEnvironment, CheckpointingMode

env = StreamExecutionEnvironment.get_execution_environment()
env.enable_checkpointing(5000, CheckpointingMode.EXACTLY_ONCE)
env.from_collection([1, 2, 3]).print()
env.execute("job")
`,
    },
    {
      name: 'python: a module alias and set_checkpoint_interval through get_checkpoint_config()',
      code: `import pyflink.datastream as ds

env = ds.StreamExecutionEnvironment.get_execution_environment()
env.get_checkpoint_config().set_checkpoint_interval(30_000)
env.execute()
`,
    },
    {
      name: 'python: a class imported under another name, and a class alias',
      code: `from pyflink.datastream import StreamExecutionEnvironment as SEE

Env = SEE
env = Env.get_execution_environment()
env.enable_checkpointing(interval=10 * 1000)
env.execute()
`,
    },
    {
      name: 'python: a Configuration with the interval passed to get_execution_environment(config)',
      code: `from pyflink.common import Configuration
from pyflink.datastream import StreamExecutionEnvironment

config = Configuration()
config.set_string('execution.checkpointing.interval', '10 s')
env = StreamExecutionEnvironment.get_execution_environment(config)
env.execute()
`,
    },
    {
      name: 'python: a module-level helper enables checkpointing on the environment it is given',
      code: `from pyflink.datastream import StreamExecutionEnvironment


def configure(environment):
    environment.set_parallelism(2)
    environment.enable_checkpointing(10_000)


def main():
    env = StreamExecutionEnvironment.get_execution_environment()
    configure(env)
    env.from_collection([1]).print()
    env.execute()


if __name__ == "__main__":
    main()
`,
    },
    {
      name: 'python: batch runtime mode needs no checkpointing',
      code: `from pyflink.common import RuntimeExecutionMode
from pyflink.datastream import StreamExecutionEnvironment

env = StreamExecutionEnvironment.get_execution_environment()
env.set_runtime_mode(RuntimeExecutionMode.BATCH)
env.from_collection([1]).print()
env.execute()
`,
    },
    {
      name: 'python: Table API config set("execution.checkpointing.interval", ...)',
      code: `from pyflink.datastream import StreamExecutionEnvironment
from pyflink.table import StreamTableEnvironment

env = StreamExecutionEnvironment.get_execution_environment()
t_env = StreamTableEnvironment.create(env)
t_env.get_config().set("execution.checkpointing.interval", "10 s")
t_env.execute_sql("INSERT INTO sink SELECT * FROM source")
`,
    },
    {
      name: 'python: the older get_configuration().set_string form',
      code: `from pyflink.table import EnvironmentSettings, TableEnvironment

t_env = TableEnvironment.create(EnvironmentSettings.in_streaming_mode())
t_env.get_config().get_configuration().set_string("execution.checkpointing.interval", "1 min")
t_env.execute_sql("INSERT INTO sink SELECT * FROM source")
`,
    },
    {
      name: "python: SQL SET 'execution.checkpointing.interval'",
      code: `from pyflink.table import EnvironmentSettings, TableEnvironment

t_env = TableEnvironment.create(EnvironmentSettings.in_streaming_mode())
t_env.execute_sql("SET 'execution.checkpointing.interval' = '10s'")
t_env.execute_sql("INSERT INTO sink SELECT * FROM source")
`,
    },
    {
      name: 'python: a batch table environment',
      code: `from pyflink.table import EnvironmentSettings, TableEnvironment

settings = EnvironmentSettings.new_instance().in_batch_mode().build()
t_env = TableEnvironment.create(settings)
t_env.execute_sql("INSERT INTO sink SELECT * FROM source")
`,
    },
    {
      name: 'python: an annotated environment parameter comes from a caller in another file',
      code: `from pyflink.datastream import StreamExecutionEnvironment


def build(env: StreamExecutionEnvironment):
    env.from_collection([1, 2]).print()
`,
    },
  ],
  invalid: [
    fixInsertsLine({
      name: 'python: module-level job without checkpointing; the fix follows the statement',
      code: `from pyflink.datastream import StreamExecutionEnvironment

env = StreamExecutionEnvironment.get_execution_environment()
env.from_collection([1, 2, 3]).print()
env.execute()
`,
      errors: [{ messageId: 'checkpointingDisabled', line: 3, column: 7, endLine: 3, endColumn: 61 }],
    }, 3, 'env.enable_checkpointing(10000)'),
    fixInsertsLine({
      name: 'python: inside a function, after a backslash-continued creation, indented like the body',
      settings: { checkpointIntervalMs: 60_000 },
      code: `from pyflink.datastream import StreamExecutionEnvironment as SEE


def main():
    env = SEE \\
        .get_execution_environment()
    env.from_collection([1]).print()
    env.execute()
`,
      errors: [{ messageId: 'checkpointingDisabled', line: 5, column: 11, endLine: 6, endColumn: 37 }],
    }, 6, '    env.enable_checkpointing(60000)'),
    fixInsertsLine({
      name: 'python: comments and strings do not enable checkpointing; a helper that sets a timeout does not either',
      code: `from pyflink.datastream import StreamExecutionEnvironment


def tune(env):
    env.get_checkpoint_config().set_checkpoint_timeout(60_000)


env = StreamExecutionEnvironment.get_execution_environment()
# env.enable_checkpointing(1000)
hint = "env.enable_checkpointing(1000)"
tune(env)
env.execute(hint)
`,
      errors: [{ messageId: 'checkpointingDisabled', line: 8, column: 7, endLine: 8, endColumn: 61 }],
    }, 8, 'env.enable_checkpointing(10000)'),
    {
      name: 'python: a streaming table environment without an interval (no statement fix for a table environment)',
      code: `from pyflink.table import EnvironmentSettings, TableEnvironment

t_env = TableEnvironment.create(EnvironmentSettings.in_streaming_mode())
t_env.execute_sql("SET 'execution.checkpointing.timeout' = '10 min'")
t_env.execute_sql("INSERT INTO sink SELECT * FROM source")
`,
      errors: [{ messageId: 'checkpointingDisabled', line: 3, column: 9, endLine: 3, endColumn: 73 }],
      output: null,
    },
  ],
});
