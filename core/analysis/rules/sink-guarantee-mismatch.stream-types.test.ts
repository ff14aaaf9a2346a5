import { RuleTester } from '../rule-tester.js';
import rule from './sink-guarantee-mismatch.js';
import { javaJob } from './test-support/job-source.js';

// A sink after a call the stream's type does not have (`window` on a DataStream that was never keyed:
// only KeyedStream has it) is attached to a stream no job can build, so it is not judged as a sink.
// When the receiver's keyedness is unknown (a parameter, a helper's result), the sink still is.

/** A checkpointed PyFlink job reading `readings` from a source, with `pipeline` as its fourth line. */
const job = (pipeline: string): string => `env = StreamExecutionEnvironment.get_execution_environment()
env.enable_checkpointing(60_000)
readings = env.from_source(source, WatermarkStrategy.no_watermarks(), "readings")
${pipeline}
env.execute()
`;

new RuleTester({ language: 'python' }).run(rule, {
  valid: [
    {
      name: 'python: print() after window(...) on a source stream that was never keyed',
      code: `env = StreamExecutionEnvironment.get_execution_environment()
env.enable_checkpointing(60_000)
readings = env.from_source(source, WatermarkStrategy.no_watermarks(), "readings")
totals = readings \\
    .window(TumblingProcessingTimeWindows.of(Time.minutes(1))) \\
    .process(Totals())
totals.print()
env.execute()
`,
    },
    {
      name: 'python: print() after count_window(...) on a mapped, non-keyed stream',
      code: `env = StreamExecutionEnvironment.get_execution_environment()
env.enable_checkpointing(60_000)
env.from_collection([1, 2]).map(lambda x: x + 1).count_window(10).reduce(lambda a, b: a + b).print()
env.execute()
`,
    },
  ],
  invalid: [
    {
      name: 'python: print() after window(...) on a keyed stream is still a sink',
      code: job(`readings.key_by(lambda r: r[0]).window(TumblingProcessingTimeWindows.of(Time.minutes(1))).process(Totals()).print()`),
      errors: [{ messageId: 'weakerThanJob', line: 4, column: 109, endLine: 4, endColumn: 116 }],
    },
    {
      name: 'python: print() after window_all(...) on a non-keyed stream is still a sink',
      code: job(`readings.window_all(TumblingProcessingTimeWindows.of(Time.minutes(1))).process(Totals()).print()`),
      errors: [{ messageId: 'weakerThanJob', line: 4, column: 90, endLine: 4, endColumn: 97 }],
    },
    {
      name: 'python: print() after window(...) on a stream a helper returned (keyedness unknown) is still a sink',
      code: job(`keyed_by_router(readings).window(TumblingProcessingTimeWindows.of(Time.minutes(1))).process(Totals()).print()`),
      errors: [{ messageId: 'weakerThanJob', line: 4, column: 103, endLine: 4, endColumn: 110 }],
    },
  ],
});

new RuleTester({ language: 'java' }).run(rule, {
  valid: [
    {
      name: 'java: print() after window(...) on a source stream that was never keyed',
      code: javaJob(`
    env.enableCheckpointing(60_000);
    DataStream<String> lines = env.fromSource(source, WatermarkStrategy.noWatermarks(), "lines");
    lines.window(TumblingProcessingTimeWindows.of(Time.minutes(1))).process(new Totals()).print();
    env.execute();
`, { name: 'TotalsJob' }),
    },
  ],
  invalid: [
    {
      name: 'java: print() after keyBy(...).window(...) is a sink',
      code: javaJob(`
    env.enableCheckpointing(60_000);
    DataStream<String> lines = env.fromSource(source, WatermarkStrategy.noWatermarks(), "lines");
    lines.keyBy(l -> l).window(TumblingProcessingTimeWindows.of(Time.minutes(1))).process(new Totals()).print();
    env.execute();
`, { name: 'TotalsJob' }),
      errors: [{ messageId: 'weakerThanJob', line: 6, column: 105, endLine: 6, endColumn: 112 }],
    },
  ],
});
