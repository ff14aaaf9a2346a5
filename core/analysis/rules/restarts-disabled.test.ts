import { RuleTester } from '../rule-tester.js';
import rule from './restarts-disabled.js';

const ruleTester = new RuleTester({ language: 'java' });

const job = (body: string) => `public class Job {
  public static void main(String[] args) throws Exception {
${body}
    env.fromSequence(1, 10).print();
    env.execute();
  }
}`;

ruleTester.run(rule, {
  valid: [
    job(`    // fixed-delay with attempts restarts
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.enableCheckpointing(10_000);
    env.setRestartStrategy(RestartStrategies.fixedDelayRestart(3, 1000));`),
    job(`    // no checkpointing: FLINK001 is what matters
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setRestartStrategy(RestartStrategies.noRestart());`),
    job(`    // attempts alone do not choose fixed-delay
    Configuration conf = new Configuration();
    conf.setString("restart-strategy.fixed-delay.attempts", "0");
    conf.setString("execution.checkpointing.interval", "10 s");
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);`),
  ],
  invalid: [
    {
      code: job(`    // noRestart() with checkpointing on
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.enableCheckpointing(10_000);
    env.setRestartStrategy(RestartStrategies.noRestart());`),
      errors: [{ messageId: 'restartsDisabled', line: 6, column: 9, endLine: 6, endColumn: 58, severity: 'warning', messageIncludes: 'no restart strategy' }],
    },
    {
      code: job(`    // a Configuration choosing fixed-delay with 0 attempts
    Configuration conf = new Configuration();
    conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
    conf.setString("restart-strategy.fixed-delay.attempts", "0");
    conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, Duration.ofSeconds(10));
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);`),
      errors: [{ messageId: 'restartsDisabled', line: 6, column: 10, endLine: 6, endColumn: 65, messageIncludes: 'fixed-delay with 0 attempts' }],
    },
    {
      code: job(`    // restart-strategy.type none
    Configuration conf = new Configuration();
    conf.setString("restart-strategy.type", "none");
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.enableCheckpointing(5_000);`),
      errors: [{ messageId: 'restartsDisabled', line: 5, column: 10, endLine: 5, endColumn: 52 }],
    },
  ],
});

// PyFlink: set_restart_strategy(RestartStrategies...) and the restart-strategy.type key.
const pyJob = (body: string) => `from pyflink.common import Configuration, RestartStrategies
from pyflink.datastream import StreamExecutionEnvironment

${body}
env.from_collection([1, 2, 3]).print()
env.execute("job")
`;

new RuleTester({ language: 'python' }).run(rule, {
  valid: [
    { name: 'python: fixed_delay_restart with attempts restarts', code: pyJob(`env = StreamExecutionEnvironment.get_execution_environment()
env.enable_checkpointing(10_000)
env.set_restart_strategy(RestartStrategies.fixed_delay_restart(3, 1000))`) },
    { name: 'python: no checkpointing, FLINK001 is what matters', code: pyJob(`env = StreamExecutionEnvironment.get_execution_environment()
env.set_restart_strategy(RestartStrategies.no_restart())`) },
  ],
  invalid: [
    {
      name: 'python: no_restart() with checkpointing on',
      code: pyJob(`
env = StreamExecutionEnvironment.get_execution_environment()
env.enable_checkpointing(10_000)
env.set_restart_strategy(RestartStrategies.no_restart())`),
      errors: [{ messageId: 'restartsDisabled', line: 7, column: 5, endLine: 7, endColumn: 57, severity: 'warning', messageIncludes: 'no restart strategy' }],
    },
    {
      name: 'python: fixed_delay_restart(0, ...) by keyword',
      code: pyJob(`
env = StreamExecutionEnvironment.get_execution_environment()
env.enable_checkpointing(10_000)
env.set_restart_strategy(RestartStrategies.fixed_delay_restart(restart_attempts=0, delay_between_attempts=1000))`),
      errors: [{ messageId: 'restartsDisabled', line: 7, column: 5, endLine: 7, endColumn: 113, messageIncludes: 'fixed-delay with 0 attempts' }],
    },
    {
      name: 'python: restart-strategy.type none in a Configuration',
      code: pyJob(`
config = Configuration()
config.set_string('restart-strategy.type', 'none')
env = StreamExecutionEnvironment.get_execution_environment(config)
env.enable_checkpointing(5000)`),
      errors: [{ messageId: 'restartsDisabled', line: 6, column: 8, endLine: 6, endColumn: 51 }],
    },
  ],
});

// Scala on the Java API: setRestartStrategy(RestartStrategies.noRestart()).
const scalaJob = (body: string) => `object Job {
  def main(args: Array[String]): Unit = {
${body}
    env.fromSequence(1, 10).print()
    env.execute()
  }
}`;

new RuleTester({ language: 'scala' }).run(rule, {
  valid: [
    scalaJob(`    // scala: fixedDelayRestart with attempts restarts
    val env = StreamExecutionEnvironment.getExecutionEnvironment
    env.enableCheckpointing(10000)
    env.setRestartStrategy(RestartStrategies.fixedDelayRestart(3, 1000))`),
  ],
  invalid: [
    {
      code: scalaJob(`    // scala: noRestart() with checkpointing on
    val env = StreamExecutionEnvironment.getExecutionEnvironment
    env.enableCheckpointing(10000)
    env.setRestartStrategy(RestartStrategies.noRestart())`),
      errors: [{ messageId: 'restartsDisabled', line: 6, column: 9, endLine: 6, endColumn: 58, messageIncludes: 'no restart strategy' }],
    },
    {
      code: scalaJob(`    // scala: fixedDelayRestart(0, ...)
    val env = StreamExecutionEnvironment.getExecutionEnvironment
    env.enableCheckpointing(10000)
    env.setRestartStrategy(RestartStrategies.fixedDelayRestart(0, 1000))`),
      errors: [{ messageId: 'restartsDisabled', line: 6, column: 9, endLine: 6, endColumn: 73, messageIncludes: 'fixed-delay with 0 attempts' }],
    },
    {
      code: scalaJob(`    // scala: noRestart without parentheses
    val env = StreamExecutionEnvironment.getExecutionEnvironment
    env.enableCheckpointing(10000)
    env.setRestartStrategy(RestartStrategies.noRestart)`),
      errors: [{ messageId: 'restartsDisabled', line: 6, column: 9, endLine: 6, endColumn: 56, messageIncludes: 'no restart strategy' }],
    },
    {
      code: scalaJob(`    // scala: restart-strategy.type none in a Configuration
    val conf = new Configuration()
    conf.setString("restart-strategy.type", "none")
    val env = StreamExecutionEnvironment.getExecutionEnvironment(conf)
    env.enableCheckpointing(5000)`),
      errors: [{ messageId: 'restartsDisabled', line: 5, column: 10, endLine: 5, endColumn: 52 }],
    },
  ],
});
