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
