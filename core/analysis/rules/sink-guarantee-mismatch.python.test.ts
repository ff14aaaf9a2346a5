import { RuleTester } from '../rule-tester.js';
import rule from './sink-guarantee-mismatch.js';
import { fixInsertsLine } from './test-support/fixed-text.js';
import { pythonKafkaSinkJob } from './test-support/job-source.js';

// PyFlink (issue 6): builders in backslash and parenthesised chains, legacy connectors with keyword arguments.
new RuleTester({ language: 'python' }).run(rule, {
  valid: [
    {
      name: 'python: KafkaSink EXACTLY_ONCE with a transactional id prefix, checkpointing on',
      code: pythonKafkaSinkJob({
        imports: ['from pyflink.datastream.connectors.base import DeliveryGuarantee', 'from pyflink.datastream.connectors.kafka import KafkaSink'],
        checkpointing: 'env.enable_checkpointing(10_000)',
        chain: ['.set_bootstrap_servers("kafka:9092")', '.set_delivery_guarantee(DeliveryGuarantee.EXACTLY_ONCE)', '.set_transactional_id_prefix("orders-")', '.build()'],
      }),
    },
    {
      name: 'python: FileSink with checkpointing on',
      code: `env = StreamExecutionEnvironment.get_execution_environment()
env.enable_checkpointing(30_000)
sink = FileSink.for_row_format("/tmp/out", Encoder.simple_string_encoder()).build()
env.from_collection(["a"]).sink_to(sink)
env.execute()
`,
    },
    {
      name: 'python: print() in an AT_LEAST_ONCE job breaks no promise',
      code: `env = StreamExecutionEnvironment.get_execution_environment()
env.enable_checkpointing(1000, CheckpointingMode.AT_LEAST_ONCE)
env.from_collection([1]).print()
env.execute()
`,
    },
    {
      name: 'python: a legacy FlinkKafkaProducer with semantic=Semantic.EXACTLY_ONCE',
      code: `env = StreamExecutionEnvironment.get_execution_environment()
env.enable_checkpointing(10_000)
producer = FlinkKafkaProducer(topic="out", serialization_schema=SimpleStringSchema(),
                              producer_config=props, semantic=Semantic.EXACTLY_ONCE)
env.add_source(FlinkKafkaConsumer(["in"], SimpleStringSchema(), props)).add_sink(producer)
env.execute()
`,
    },
  ],
  invalid: [
    {
      name: 'python: KafkaSink without a guarantee; the fix stays on the backslash-continued line and imports the enum',
      code: pythonKafkaSinkJob({
        imports: ['from pyflink.datastream.connectors.kafka import KafkaSink'],
        checkpointing: 'env.enable_checkpointing(10_000)',
        chain: ['.set_bootstrap_servers("kafka:9092")', '.build()'],
      }),
      errors: [{
        messageId: 'defaultNoGuarantee', line: 9, column: 28, endLine: 9, endColumn: 41,
        suggestions: [{
          title: 'Use DeliveryGuarantee.EXACTLY_ONCE',
          output: pythonKafkaSinkJob({
            imports: ['from pyflink.datastream.connectors.kafka import KafkaSink', 'from pyflink.datastream.connectors.base import DeliveryGuarantee'],
            checkpointing: 'env.enable_checkpointing(10_000)',
            chain: ['.set_bootstrap_servers("kafka:9092")', '.set_delivery_guarantee(DeliveryGuarantee.EXACTLY_ONCE).set_transactional_id_prefix("flink-job-").build()'],
          }),
        }],
      }],
      output: pythonKafkaSinkJob({
        imports: ['from pyflink.datastream.connectors.kafka import KafkaSink', 'from pyflink.datastream.connectors.base import DeliveryGuarantee'],
        checkpointing: 'env.enable_checkpointing(10_000)',
        chain: ['.set_bootstrap_servers("kafka:9092")', '.set_delivery_guarantee(DeliveryGuarantee.AT_LEAST_ONCE).build()'],
      }),
    },
    fixInsertsLine({
      name: 'python: EXACTLY_ONCE without a prefix in a parenthesised chain; the prefix follows the function name',
      code: `def orders_job():
    env = StreamExecutionEnvironment.get_execution_environment()
    env.enable_checkpointing(10_000)
    env.from_collection(["a"]).sink_to(
        KafkaSink.builder()
        .set_delivery_guarantee(DeliveryGuarantee.EXACTLY_ONCE)
        .build())
    env.execute()
`,
      errors: [{ messageId: 'missingRequirement', line: 4, column: 32, endLine: 7, endColumn: 18, severity: 'error', messageIncludes: 'set_transactional_id_prefix(...)' }],
    }, 6, '        .set_transactional_id_prefix("orders-job-")'),
    {
      name: 'python: FileSink with checkpointing off never commits',
      code: `env = StreamExecutionEnvironment.get_execution_environment()
env.from_collection(["a"]).sink_to(FileSink.for_row_format("/tmp/out", encoder).build())
env.execute()
`,
      errors: [{
        messageId: 'neverCommitted', line: 2, column: 28, endLine: 2, endColumn: 89, severity: 'error',
        suggestions: [{
          output: `env = StreamExecutionEnvironment.get_execution_environment()
env.enable_checkpointing(10000)
env.from_collection(["a"]).sink_to(FileSink.for_row_format("/tmp/out", encoder).build())
env.execute()
`,
        }],
      }],
    },
    {
      name: 'python: print() and an at-least-once FlinkKafkaProducer in an exactly-once job',
      code: `env = StreamExecutionEnvironment.get_execution_environment()
env.enable_checkpointing(10_000)
lines = env.from_collection(["a"])
lines.print()
lines.add_sink(FlinkKafkaProducer("out", schema, props, semantic=Semantic.AT_LEAST_ONCE))
env.execute()
`,
      errors: [
        { messageId: 'weakerThanJob', line: 4, column: 7, endLine: 4, endColumn: 14, messageIncludes: 'print() only gives' },
        { messageId: 'weakerThanJob', line: 5, column: 7, endLine: 5, endColumn: 90, messageIncludes: 'FlinkKafkaProducer only gives' },
      ],
    },
  ],
});
