// FLINK003 messages and severities follow the project's Flink version: Kafka connector 3.x (Flink
// 1.x) starts an EXACTLY_ONCE KafkaSink without a prefix (default "kafka-sink"); 4.0+ throws.
import { RuleTester } from '../rule-tester.js';
import rule from './sink-guarantee-mismatch.js';
import { kafkaSinkJob } from './test-support/job-source.js';

const ruleTester = new RuleTester({ language: 'java' });

const code = kafkaSinkJob(['.setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)'], { name: 'KafkaPipeline' });

const fixed = code.replace('        .build();', '        .setTransactionalIdPrefix("kafka-pipeline-")\n        .build();');

ruleTester.run(rule, {
  valid: [{ name: 'Flink 1.17 with a prefix', code: fixed, settings: { flinkVersion: '1.17' } }],
  invalid: [
    {
      name: 'Flink 1.17: the default prefix is shared, a warning',
      code,
      settings: { flinkVersion: '1.17' },
      errors: [{ messageId: 'sharedDefaultPrefix', line: 9, column: 50, endLine: 9, endColumn: 62, severity: 'warning', messageIncludes: 'on Flink 1.17 every such sink uses the default prefix "kafka-sink"' }],
      output: fixed,
    },
    {
      name: 'Flink 2.0: build() throws, an error',
      code,
      settings: { flinkVersion: '2.0' },
      errors: [{ messageId: 'missingRequirement', line: 9, column: 50, endLine: 9, endColumn: 62, severity: 'error', messageIncludes: 'build()` throws IllegalStateException' }],
      output: fixed,
    },
    {
      name: 'Python on Flink 1.20: the same warning',
      language: 'python',
      settings: { flinkVersion: '1.20' },
      code: `env = StreamExecutionEnvironment.get_execution_environment()
env.enable_checkpointing(10000)
sink = KafkaSink.builder().set_bootstrap_servers("kafka:9092").set_delivery_guarantee(DeliveryGuarantee.EXACTLY_ONCE).build()
env.from_collection(["a"]).sink_to(sink)
env.execute("orders")
`,
      errors: [{ messageId: 'sharedDefaultPrefix', line: 4, column: 28, endLine: 4, endColumn: 41, severity: 'warning' }],
      output: `env = StreamExecutionEnvironment.get_execution_environment()
env.enable_checkpointing(10000)
sink = KafkaSink.builder().set_bootstrap_servers("kafka:9092").set_delivery_guarantee(DeliveryGuarantee.EXACTLY_ONCE).set_transactional_id_prefix("flink-job-").build()
env.from_collection(["a"]).sink_to(sink)
env.execute("orders")
`,
    },
  ],
});
