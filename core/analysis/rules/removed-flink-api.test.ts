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

// PyFlink: the snake_case names of the removed APIs.
const pyLegacy = `from pyflink.common import RestartStrategies
from pyflink.datastream import StreamExecutionEnvironment

env = StreamExecutionEnvironment.get_execution_environment()
env.enable_checkpointing(10_000)
env.set_restart_strategy(RestartStrategies.fixed_delay_restart(3, 1000))
env.get_checkpoint_config().enable_externalized_checkpoints(ExternalizedCheckpointCleanup.RETAIN_ON_CANCELLATION)
env.set_state_backend(HashMapStateBackend())
env.read_text_file("/in").write_as_text("/out")
env.add_source(SourceFunction(j_source)).add_sink(SinkFunction(j_sink))
env.execute("legacy")
`;

new RuleTester({ language: 'python' }).run(rule, {
  valid: [
    { code: pyLegacy, name: 'python: the same calls on Flink 1.20 are fine', settings: { flinkVersion: '1.20.1' } },
    {
      name: 'python: the 2.x APIs',
      settings: { flinkVersion: '2.0' },
      code: `from pyflink.datastream import StreamExecutionEnvironment

env = StreamExecutionEnvironment.get_execution_environment()
env.enable_checkpointing(10_000)
env.get_checkpoint_config().set_externalized_checkpoint_retention(ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION)
env.from_collection([1, 2, 3]).print()
env.execute()
`,
    },
  ],
  invalid: [
    {
      name: 'python: Flink 2.0, each removed call',
      code: pyLegacy,
      settings: { flinkVersion: '2.0.0' },
      errors: [
        { messageId: 'removedApi', line: 6, column: 5, endLine: 6, endColumn: 73, messageIncludes: 'StreamExecutionEnvironment.set_restart_strategy() was removed in Flink 2.0' },
        { messageId: 'removedApi', line: 7, column: 29, endLine: 7, endColumn: 114, messageIncludes: 'CheckpointConfig.enable_externalized_checkpoints()' },
        { messageId: 'removedApi', line: 8, column: 5, endLine: 8, endColumn: 45, messageIncludes: 'state.backend.type' },
        { messageId: 'removedApi', line: 9, column: 5, endLine: 9, endColumn: 26, messageIncludes: 'FileSource' },
        { messageId: 'removedApi', line: 9, column: 27, endLine: 9, endColumn: 48, messageIncludes: 'FileSink' },
        { messageId: 'removedApi', line: 10, column: 5, endLine: 10, endColumn: 41, messageIncludes: 'fromSource' },
        { messageId: 'removedApi', line: 10, column: 42, endLine: 10, endColumn: 72, messageIncludes: 'sinkTo' },
      ],
    },
  ],
});

// Scala on the Java API.
const scalaLegacy = `object Legacy {
  def main(args: Array[String]): Unit = {
    val env = StreamExecutionEnvironment.getExecutionEnvironment
    env.enableCheckpointing(10000)
    env.setRestartStrategy(RestartStrategies.fixedDelayRestart(3, 1000))
    env.getCheckpointConfig.enableExternalizedCheckpoints(ExternalizedCheckpointCleanup.RETAIN_ON_CANCELLATION)
    env.setStateBackend(new HashMapStateBackend())
    env.readTextFile("/in").writeAsText("/out")
    env.addSource(new FlinkKafkaConsumer[String]("in", new SimpleStringSchema(), props)).addSink(new PrintSinkFunction[String]())
    env.execute()
  }
}`;

new RuleTester({ language: 'scala' }).run(rule, {
  valid: [
    { code: scalaLegacy, name: 'scala: the same calls on Flink 1.20 are fine', settings: { flinkVersion: '1.20.1' } },
    { code: scalaLegacy, name: 'scala: without a known version the rule is silent' },
  ],
  invalid: [
    {
      name: 'scala: Flink 2.0, each removed call',
      code: scalaLegacy,
      settings: { flinkVersion: '2.0.0' },
      errors: [
        { messageId: 'removedApi', line: 5, column: 9, endLine: 5, endColumn: 73, messageIncludes: 'StreamExecutionEnvironment.setRestartStrategy() was removed in Flink 2.0' },
        { messageId: 'removedApi', line: 6, column: 29, endLine: 6, endColumn: 112, messageIncludes: 'CheckpointConfig.enableExternalizedCheckpoints()' },
        { messageId: 'removedApi', line: 7, column: 9, endLine: 7, endColumn: 51, messageIncludes: 'state.backend.type' },
        { messageId: 'removedApi', line: 8, column: 9, endLine: 8, endColumn: 28, messageIncludes: 'FileSource' },
        { messageId: 'removedApi', line: 8, column: 29, endLine: 8, endColumn: 48, messageIncludes: 'FileSink' },
        { messageId: 'removedApi', line: 9, column: 9, endLine: 9, endColumn: 89, messageIncludes: 'fromSource' },
        { messageId: 'removedApi', line: 9, column: 90, endLine: 9, endColumn: 130, messageIncludes: 'sinkTo' },
      ],
    },
  ],
});
