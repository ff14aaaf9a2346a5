import { RuleTester } from '../rule-tester.js';
import rule from './at-least-once-mode.js';
import { javaJob } from './test-support/job-source.js';

const ruleTester = new RuleTester({ language: 'java' });

const job = (body: string) => javaJob(`${body}
    env.execute();`);

const fileSink = `FileSink.forRowFormat(new Path("/out"), new SimpleStringEncoder<String>()).build()`;

ruleTester.run(rule, {
  valid: [
    job(`    // exactly-once mode with an exactly-once sink
    env.enableCheckpointing(10_000, CheckpointingMode.EXACTLY_ONCE);
    env.fromSequence(1, 10).map(String::valueOf).sinkTo(${fileSink});`),
    job(`    // at-least-once mode, stateless job writing at-least-once
    env.enableCheckpointing(10_000, CheckpointingMode.AT_LEAST_ONCE);
    env.fromSequence(1, 10).map(String::valueOf).print();`),
  ],
  invalid: [
    {
      code: job(`    // at-least-once mode feeding a FileSink
    env.enableCheckpointing(10_000, CheckpointingMode.AT_LEAST_ONCE);
    env.fromSequence(1, 10).map(String::valueOf).sinkTo(${fileSink});`),
      errors: [{ messageId: 'atLeastOnceWithExactlyOnceSink', line: 5, column: 9, endLine: 5, endColumn: 69, messageIncludes: 'FileSink delivers exactly-once' }],
    },
    {
      code: job(`    // at-least-once mode set on the CheckpointConfig, counts in keyed state
    env.enableCheckpointing(10_000);
    env.getCheckpointConfig().setCheckpointingMode(CheckpointingMode.AT_LEAST_ONCE);
    env.fromSequence(1, 10).keyBy(x -> x % 2).sum(0).print();`),
      errors: [{ messageId: 'atLeastOnceWithState', line: 6, column: 31, endLine: 6, endColumn: 84, messageIncludes: 'sum(...) keeps state' }],
    },
  ],
});
