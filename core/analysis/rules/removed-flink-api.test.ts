import { RuleTester } from '../rule-tester.js';
import rule from './removed-flink-api.js';
import { javaJob, scalaJob } from './test-support/job-source.js';

const ruleTester = new RuleTester({ language: 'java' });

const legacy = javaJob(`
    env.enableCheckpointing(10_000);
    env.setRestartStrategy(RestartStrategies.fixedDelayRestart(3, 1000));
    env.getCheckpointConfig().enableExternalizedCheckpoints(ExternalizedCheckpointCleanup.RETAIN_ON_CANCELLATION);
    env.readTextFile("/in").writeAsText("/out");
    env.execute();
`, { name: 'Legacy' });

ruleTester.run(rule, {
  valid: [
    { code: legacy, name: 'the same calls on Flink 1.20 are fine', settings: { flinkVersion: '1.20.1' } },
    { code: legacy, name: 'without a known version the rule is silent' },
    {
      name: 'the 2.x APIs',
      settings: { flinkVersion: '2.0' },
      code: javaJob(`
    env.enableCheckpointing(10_000);
    env.getCheckpointConfig().setExternalizedCheckpointRetention(ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
    env.fromSequence(1, 10).print();
    env.execute();
`, { name: 'Modern' }),
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
      output: `import org.apache.flink.configuration.ExternalizedCheckpointRetention;
${legacy.replace('enableExternalizedCheckpoints(ExternalizedCheckpointCleanup.RETAIN_ON_CANCELLATION)', 'setExternalizedCheckpointRetention(ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION)')}`,
    },
    {
      name: 'addSource and addSink on 2.1',
      settings: { flinkVersion: '2.1' },
      code: javaJob(`
    env.addSource(new FlinkKafkaConsumer<>("in", new SimpleStringSchema(), props)).addSink(new PrintSinkFunction<>());
    env.execute();
`, { name: 'Legacy' }),
      errors: [
        { messageId: 'legacyOnlyApi', line: 4, column: 9, endLine: 4, endColumn: 83, messageIncludes: "takes only Flink's internal legacy SourceFunction on Flink 2.1" },
        { messageId: 'legacyOnlyApi', line: 4, column: 84, endLine: 4, endColumn: 118, messageIncludes: 'legacy SinkFunction on Flink 2.1' },
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
env.read_text_file("/in").print()
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
        { messageId: 'pythonRuntimeTrap', line: 1, column: 28, endLine: 1, endColumn: 45, messageIncludes: 'PyFlink 2.0.0 still ships RestartStrategies, but the Java class it wraps was removed' },
        { messageId: 'removedApi', line: 6, column: 5, endLine: 6, endColumn: 73, messageIncludes: "StreamExecutionEnvironment.set_restart_strategy() was removed in Flink 2.0 and this project targets Flink 2.0.0: the job does not compile or start. Use `config.set_string('restart-strategy.type'" },
        { messageId: 'removedApi', line: 7, column: 29, endLine: 7, endColumn: 114, messageIncludes: 'CheckpointConfig.enable_externalized_checkpoints()' },
        { messageId: 'removedApi', line: 8, column: 5, endLine: 8, endColumn: 45, messageIncludes: 'state.backend.type' },
        { messageId: 'removedApi', line: 9, column: 5, endLine: 9, endColumn: 26, messageIncludes: 'from_source(FileSource.for_record_stream_format' },
        { messageId: 'legacyOnlyApi', line: 10, column: 5, endLine: 10, endColumn: 41, messageIncludes: 'a Python wrapper of a removed Java function fails when the job runs. Use `from_source(...)`' },
        { messageId: 'legacyOnlyApi', line: 10, column: 42, endLine: 10, endColumn: 72, messageIncludes: 'Use `sink_to(...)`' },
      ],
      output: pyLegacy
        .replace('StreamExecutionEnvironment\n', 'StreamExecutionEnvironment\nfrom pyflink.datastream.externalized_checkpoint_retention import ExternalizedCheckpointRetention\n')
        .replace('enable_externalized_checkpoints(ExternalizedCheckpointCleanup.RETAIN_ON_CANCELLATION)', 'set_externalized_checkpoint_retention(ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION)'),
    },
  ],
});

// Scala on the Java API.
const scalaLegacy = scalaJob(`
    env.enableCheckpointing(10000)
    env.setRestartStrategy(RestartStrategies.fixedDelayRestart(3, 1000))
    env.getCheckpointConfig.enableExternalizedCheckpoints(ExternalizedCheckpointCleanup.RETAIN_ON_CANCELLATION)
    env.setStateBackend(new HashMapStateBackend())
    env.readTextFile("/in").writeAsText("/out")
    env.addSource(new FlinkKafkaConsumer[String]("in", new SimpleStringSchema(), props)).addSink(new PrintSinkFunction[String]())
    env.execute()
`, { name: 'Legacy' });

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
        { messageId: 'legacyOnlyApi', line: 9, column: 9, endLine: 9, endColumn: 89, messageIncludes: 'fromSource' },
        { messageId: 'legacyOnlyApi', line: 9, column: 90, endLine: 9, endColumn: 130, messageIncludes: 'sinkTo' },
      ],
      output: `import org.apache.flink.configuration.ExternalizedCheckpointRetention
${scalaLegacy.replace('enableExternalizedCheckpoints(ExternalizedCheckpointCleanup.RETAIN_ON_CANCELLATION)', 'setExternalizedCheckpointRetention(ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION)')}`,
    },
  ],
});

// Imports of classes 2.x removed or moved (checked against the 2.3.0 jars; version/removed-classes.ts).
const javaImports = javaJob(`
    env.enableCheckpointing();
    env.fromSequence(1, 10).print();
    env.execute();
`, { before: `import org.apache.flink.streaming.api.functions.source.SourceFunction;
import org.apache.flink.api.common.time.Time;
import org.apache.flink.api.java.utils.ParameterTool;
import org.apache.flink.streaming.connectors.kafka.FlinkKafkaConsumer;
import org.apache.flink.streaming.api.functions.source.*;
import org.apache.flink.connector.kafka.source.KafkaSource;

`, name: 'Imports' });

ruleTester.run(rule, {
  valid: [{ code: javaImports, name: 'imports of 1.x classes on 1.20 are fine', settings: { flinkVersion: '1.20' } }],
  invalid: [
    {
      name: 'Flink 2.3: removed and moved classes, enableCheckpointing() given an interval',
      code: javaImports,
      settings: { flinkVersion: '2.3.0', checkpointIntervalMs: 30_000 },
      errors: [
        { messageId: 'removedClass', line: 1, column: 8, endLine: 1, endColumn: 70, messageIncludes: 'the import does not compile. Use `fromSource(...)`' },
        { messageId: 'removedClass', line: 2, column: 8, endLine: 2, endColumn: 45, messageIncludes: '`java.time.Duration`' },
        { messageId: 'movedClass', line: 3, column: 8, endLine: 3, endColumn: 53, messageIncludes: 'moved to org.apache.flink.util.ParameterTool' },
        { messageId: 'removedClass', line: 4, column: 8, endLine: 4, endColumn: 70, messageIncludes: 'KafkaSource.builder()' },
        { messageId: 'removedApi', line: 11, column: 9, endLine: 11, endColumn: 30, messageIncludes: 'StreamExecutionEnvironment.enableCheckpointing() was removed' },
      ],
      output: javaImports
        .replace('org.apache.flink.api.java.utils.ParameterTool', 'org.apache.flink.util.ParameterTool')
        .replace('env.enableCheckpointing();', 'env.enableCheckpointing(30000);'),
    },
  ],
});

const pyImports = `from pyflink.common import Configuration, RestartStrategies
from pyflink.datastream import StreamExecutionEnvironment, FsStateBackend
from pyflink.datastream.connectors.kafka import (
    FlinkKafkaConsumer,
    FlinkKafkaProducer as Producer,
    KafkaSource,
)

env = StreamExecutionEnvironment.get_execution_environment(Configuration())
env.enable_checkpointing(10_000)
env.get_checkpoint_config().set_checkpoint_storage_dir("file:///tmp/cp")
env.get_checkpoint_config().set_alignment_timeout(Duration.of_seconds(5))
env.get_checkpoint_config().set_fail_on_checkpointing_errors(True)
env.from_collection([1]).print()
env.execute()
`;

new RuleTester({ language: 'python' }).run(rule, {
  valid: [{ code: pyImports, name: 'python: 1.x wrappers on 1.20 are fine', settings: { flinkVersion: '1.20.5' } }],
  invalid: [
    {
      name: 'python 2.3: wrappers of removed Java classes fail at run time; removed names fail at import',
      code: pyImports,
      settings: { flinkVersion: '2.3' },
      // set_alignment_timeout and set_fail_on_checkpointing_errors are still in PyFlink 2.3 (deprecated).
      errors: [
        { messageId: 'pythonRuntimeTrap', line: 1, column: 43, endLine: 1, endColumn: 60, messageIncludes: 'PyFlink 2.3 still ships RestartStrategies' },
        { messageId: 'removedClass', line: 2, column: 60, endLine: 2, endColumn: 74, messageIncludes: 'the import raises ImportError' },
        { messageId: 'pythonRuntimeTrap', line: 4, column: 5, endLine: 4, endColumn: 23, messageIncludes: 'KafkaSource.builder()' },
        { messageId: 'pythonRuntimeTrap', line: 5, column: 5, endLine: 5, endColumn: 23, messageIncludes: 'KafkaSink.builder()' },
        { messageId: 'removedApi', line: 11, column: 29, endLine: 11, endColumn: 73, messageIncludes: 'CheckpointConfig.set_checkpoint_storage_dir() was removed' },
      ],
    },
  ],
});

const scalaImports = scalaJob(`
    env.execute()
`, { before: `import org.apache.flink.api.java.utils.ParameterTool
import org.apache.flink.streaming.api.windowing.time.{Time => WindowTime}
import org.apache.flink.streaming.api.scala._

`, name: 'Imports' });

new RuleTester({ language: 'scala' }).run(rule, {
  valid: [{ code: scalaImports, name: 'scala: 1.x imports on 1.20 are fine', settings: { flinkVersion: '1.20' } }],
  invalid: [
    {
      name: 'scala 2.0: a moved class (rewritten) and one name of a brace list',
      code: scalaImports,
      settings: { flinkVersion: '2.0.2' },
      errors: [
        { messageId: 'movedClass', line: 1, column: 8, endLine: 1, endColumn: 53 },
        { messageId: 'removedClass', line: 2, column: 55, endLine: 2, endColumn: 59, messageIncludes: 'org.apache.flink.streaming.api.windowing.time.Time was removed' },
      ],
      output: scalaImports.replace('org.apache.flink.api.java.utils.ParameterTool', 'org.apache.flink.util.ParameterTool'),
    },
  ],
});
