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
