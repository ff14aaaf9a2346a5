import { RuleTester } from '../rule-tester.js';
import rule from './unknown-config-key.js';

const ruleTester = new RuleTester({ language: 'java' });

const job = (entries: string) => `public class Job {
  public static void main(String[] args) throws Exception {
    Configuration conf = new Configuration();
${entries}
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.fromSequence(1, 10).print();
    env.execute();
  }
}`;

ruleTester.run(rule, {
  valid: [
    job(`    conf.setString("execution.checkpointing.interval", "10 s");
    conf.setString("execution.checkpointing.externalized-checkpoint-retention", "RETAIN_ON_CANCELLATION");
    conf.setString("pipeline.name", "job");`),
  ],
  invalid: [
    {
      code: job(`    conf.setString("execution.checkpointing.intervall", "10 s");`),
      errors: [{ messageId: 'unknownKey', line: 4, column: 20, endLine: 4, endColumn: 55, messageIncludes: "did you mean 'execution.checkpointing.interval'?" }],
      output: job(`    conf.setString("execution.checkpointing.interval", "10 s");`),
    },
    {
      code: job(`    conf.setString("execution.checkpointing.whatever", "x");`),
      errors: [{ messageId: 'unknownKey', line: 4, column: 20, endLine: 4, endColumn: 54, messageIncludes: "'execution.checkpointing.whatever' and ignores it." }],
      output: null,
    },
  ],
});

// 2.x keys (checked against the ConfigOptions classes of flink-dist-2.3.0.jar) and the families
// beyond execution.checkpointing.*.
ruleTester.run(rule, {
  valid: [
    {
      name: 'the 2.3 keys of checkpointing, state recovery and restarts',
      settings: { flinkVersion: '2.3.0' },
      code: job(`    conf.setString("execution.checkpointing.during-recovery.enabled", "true");
    conf.setString("execution.checkpointing.unaligned.recover-output-on-downstream.enabled", "true");
    conf.setString("execution.state-recovery.path", "file:///cp/chk-1");
    conf.setString("execution.state-recovery.claim-mode", "NO_CLAIM");
    conf.setString("restart-strategy.type", "fixed-delay");
    conf.setString("restart-strategy.fixed-delay.attempts", "3");
    conf.setString("restart-strategy", "none");`),
    },
    { name: 'execution.checkpointing.force is a 1.20 key', settings: { flinkVersion: '1.20' }, code: job(`    conf.setString("execution.checkpointing.force", "true");`) },
    { name: 'without a version a 1.20 key is not reported', code: job(`    conf.setString("execution.checkpointing.force", "true");`) },
  ],
  invalid: [
    {
      name: 'a misspelled state-recovery key',
      code: job(`    conf.setString("execution.state-recovery.claim-mod", "CLAIM");`),
      errors: [{ messageId: 'unknownKey', line: 4, column: 20, endLine: 4, endColumn: 56, messageIncludes: "did you mean 'execution.state-recovery.claim-mode'?" }],
      output: job(`    conf.setString("execution.state-recovery.claim-mode", "CLAIM");`),
    },
    {
      name: 'a misspelled restart-strategy key',
      code: job(`    conf.setString("restart-strategy.fixed-delay.attemps", "3");`),
      errors: [{ messageId: 'unknownKey', line: 4, column: 20, endLine: 4, endColumn: 58, messageIncludes: "did you mean 'restart-strategy.fixed-delay.attempts'?" }],
      output: job(`    conf.setString("restart-strategy.fixed-delay.attempts", "3");`),
    },
    {
      name: 'a key 2.0 removed, in a 2.x project',
      settings: { flinkVersion: '2.3' },
      code: job(`    conf.setString("execution.checkpointing.force", "true");`),
      errors: [{ messageId: 'removedKey', line: 4, column: 20, endLine: 4, endColumn: 51, messageIncludes: "Flink 2.3 no longer has the option 'execution.checkpointing.force' (removed in 2.0)" }],
    },
    {
      name: 'the key that was never one: fail-on-checkpointing-errors',
      code: job(`    conf.setString("execution.checkpointing.fail-on-checkpointing-errors", "false");`),
      errors: [{ messageId: 'unknownKey', line: 4, column: 20, endLine: 4, endColumn: 74 }],
      output: null,
    },
  ],
});
