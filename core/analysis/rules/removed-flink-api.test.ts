import { RuleTester } from '../rule-tester.js';
import rule from './removed-flink-api.js';

const ruleTester = new RuleTester({ language: 'java' });

const legacy = `public class Legacy {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.enableCheckpointing(10_000);
    env.setRestartStrategy(RestartStrategies.fixedDelayRestart(3, 1000));
    env.getCheckpointConfig().enableExternalizedCheckpoints(ExternalizedCheckpointCleanup.RETAIN_ON_CANCELLATION);
    env.readTextFile("/in").writeAsText("/out");
    env.execute();
  }
}`;

ruleTester.run(rule, {
  valid: [
    { code: legacy, name: 'the same calls on Flink 1.20 are fine', settings: { flinkVersion: '1.20.1' } },
    { code: legacy, name: 'without a known version the rule is silent' },
    {
      name: 'the 2.x APIs',
      settings: { flinkVersion: '2.0' },
      code: `public class Modern {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.enableCheckpointing(10_000);
    env.getCheckpointConfig().setExternalizedCheckpointRetention(ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
    env.fromSequence(1, 10).print();
    env.execute();
  }
}`,
    },
  ],
  invalid: [
    {
      name: 'Flink 2.0: each removed call, with its replacement',
      code: legacy,
      settings: { flinkVersion: '2.0.0' },
      errors: [
        { messageId: 'removedApi', line: 5, column: 9, endLine: 5, endColumn: 73, messageIncludes: 'StreamExecutionEnvironment.setRestartStrategy() was removed in Flink 2.0 and this project targets Flink 2.0.0' },
        { messageId: 'removedApi', line: 6, column: 31, endLine: 6, endColumn: 114, messageIncludes: 'setExternalizedCheckpointRetention' },
        { messageId: 'removedApi', line: 7, column: 9, endLine: 7, endColumn: 28, messageIncludes: 'FileSource' },
        { messageId: 'removedApi', line: 7, column: 29, endLine: 7, endColumn: 48, messageIncludes: 'FileSink' },
      ],
    },
    {
      name: 'addSource and addSink on 2.1',
      settings: { flinkVersion: '2.1' },
      code: `public class Legacy {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.addSource(new FlinkKafkaConsumer<>("in", new SimpleStringSchema(), props)).addSink(new PrintSinkFunction<>());
    env.execute();
  }
}`,
      errors: [
        { messageId: 'removedApi', line: 4, column: 9, endLine: 4, endColumn: 83, messageIncludes: 'fromSource' },
        { messageId: 'removedApi', line: 4, column: 84, endLine: 4, endColumn: 118, messageIncludes: 'sinkTo' },
      ],
    },
  ],
});
