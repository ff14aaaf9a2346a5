// FLINK003 on sinks the job defines itself: a plain SinkFunction is at-least-once at best, a
// TwoPhaseCommitSinkFunction commits on checkpoints, a sink from a dependency jar is not judged.
import { RuleTester } from '../rule-tester.js';
import rule from './sink-guarantee-mismatch.js';
import { javaJob, scalaJob } from './test-support/job-source.js';

const ruleTester = new RuleTester({ language: 'java' });

const customSinks = javaJob(`
    env.enableCheckpointing(10_000);
    DataStream<String> lines = env.fromSequence(1, 10).map(String::valueOf);
    lines.addSink(new HttpSink("http://api"));
    lines.addSink(new TxSink());
    lines.addSink(new ThirdPartySink());
    lines.addSink(new RichSinkFunction<String>() {
      public void invoke(String value, Context ctx) {}
    });
    env.execute();
`, { name: 'CustomSinks', members: `
  static class HttpSink extends RichSinkFunction<String> {
    private final String url;
    HttpSink(String url) { this.url = url; }
    public void invoke(String value, Context ctx) { post(url, value); }
  }

  static class TxSink extends TwoPhaseCommitSinkFunction<String, Tx, Void> {
  }
` });

ruleTester.run(rule, {
  valid: [
    { name: 'Java: custom sinks in an at-least-once job', code: customSinks.replace('env.enableCheckpointing(10_000);', 'env.enableCheckpointing(10_000, CheckpointingMode.AT_LEAST_ONCE);') },
  ],
  invalid: [
    {
      name: 'Java: a RichSinkFunction with a plain client and an anonymous one; the two-phase-commit sink and the unknown ThirdPartySink are not reported',
      code: customSinks,
      errors: [
        { messageId: 'weakerThanJob', line: 6, column: 11, endLine: 6, endColumn: 46, messageIncludes: 'HttpSink (custom sink) only gives at-least-once' },
        { messageId: 'weakerThanJob', line: 9, column: 11, endLine: 11, endColumn: 7, messageIncludes: 'anonymous RichSinkFunction (custom sink)' },
      ],
    },
    {
      name: 'Java: a TwoPhaseCommitSinkFunction never commits with checkpointing off',
      code: customSinks.replace('    env.enableCheckpointing(10_000);\n', '').replace(/    lines.addSink\(new (HttpSink|ThirdPartySink)[^\n]*\n/g, '').replace(/    lines.addSink\(new RichSinkFunction[\s\S]*?\}\);\n/, ''),
      errors: [{ messageId: 'neverCommitted', line: 5, column: 11, endLine: 5, endColumn: 32, messageIncludes: 'TxSink (custom two-phase-commit sink) commits' }],
    },
    {
      name: 'Scala: a RichSinkFunction subclass writing to Redis',
      language: 'scala',
      code: scalaJob(`
    env.enableCheckpointing(10000)
    val lines = env.fromElements("a", "b")
    lines.addSink(new RedisWriter)
    env.execute()
`, { before: `class RedisWriter extends RichSinkFunction[String] {
  override def invoke(value: String, context: SinkFunction.Context): Unit = client.set(value, value)
}

`, name: 'CustomSinkJob' }),
      errors: [{ messageId: 'weakerThanJob', line: 10, column: 11, endLine: 10, endColumn: 35, messageIncludes: 'RedisWriter (custom sink)' }],
    },
  ],
});
