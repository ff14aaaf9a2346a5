import { RuleTester } from '../rule-tester.js';
import rule from './kafka-shared-transactional-id.js';
import { javaJob } from './test-support/job-source.js';

const sink = (prefix: string, guarantee = 'EXACTLY_ONCE') => `KafkaSink.<String>builder()
        .setBootstrapServers("kafka:9092")
        .setDeliveryGuarantee(DeliveryGuarantee.${guarantee})
        .setTransactionalIdPrefix("${prefix}")
        .build()`;

const job = (first: string, second: string) => javaJob(`    env.enableCheckpointing(10_000);
    DataStream<String> orders = env.fromSequence(1, 1000).map(String::valueOf);
    orders.sinkTo(${first});
    orders.sinkTo(${second});
    env.execute();`, { name: 'Orders' });

new RuleTester({ language: 'java' }).run(rule, {
  valid: [
    { name: 'two prefixes', code: job(sink('orders-'), sink('audit-')), settings: { flinkVersion: '2.0' } },
    { name: 'one sink is at-least-once (no transactions)', code: job(sink('orders-'), sink('orders-', 'AT_LEAST_ONCE')), settings: { flinkVersion: '2.0' } },
  ],
  invalid: [
    {
      name: 'Flink 2.x: the job fails at start',
      code: job(sink('orders-'), sink('orders-')),
      settings: { flinkVersion: '2.0.2' },
      errors: [{
        messageId: 'sharedPrefix2x', line: 14, column: 35, endLine: 14, endColumn: 44,
        messageIncludes: 'on Flink 2.0.2 (Kafka connector 4.0 or later) the job fails when it starts',
        suggestions: [{ output: job(sink('orders-'), sink('orders-2-')) }],
      }],
    },
    {
      name: 'Flink 1.20: the producers fence each other',
      code: job(sink('orders'), sink('orders')),
      settings: { flinkVersion: '1.20' },
      errors: [{
        messageId: 'sharedPrefix1x', line: 14, column: 35, endLine: 14, endColumn: 43, messageIncludes: 'fence each other',
        suggestions: [{ output: job(sink('orders'), sink('orders-2')) }],
      }],
    },
  ],
});

const pyJob = `from pyflink.datastream import StreamExecutionEnvironment
from pyflink.datastream.connectors.kafka import KafkaSink
from pyflink.datastream.connectors.base import DeliveryGuarantee

env = StreamExecutionEnvironment.get_execution_environment()
env.enable_checkpointing(10_000)
ds = env.from_collection(["a"])
ds.sink_to(KafkaSink.builder().set_bootstrap_servers("k:9092").set_delivery_guarantee(DeliveryGuarantee.EXACTLY_ONCE).set_transactional_id_prefix("p").build())
ds.sink_to(KafkaSink.builder().set_bootstrap_servers("k:9092").set_delivery_guarantee(DeliveryGuarantee.EXACTLY_ONCE).set_transactional_id_prefix("p").build())
env.execute()
`;

new RuleTester({ language: 'python' }).run(rule, {
  valid: [{ name: 'python: two prefixes', code: pyJob.replace(/"p"(\).build\(\)\)\nenv)/, '"q"$1'), settings: { flinkVersion: '2.3' } }],
  invalid: [{
    name: 'python: two KafkaSinks with the prefix "p" on 2.3',
    code: pyJob,
    settings: { flinkVersion: '2.3' },
    errors: [{ messageId: 'sharedPrefix2x', line: 9, column: 147, endLine: 9, endColumn: 150, suggestions: [{ output: pyJob.replace(/"p"(\).build\(\)\)\nenv)/, '"p-2"$1') }] }],
  }],
});

const sqlTable = (name: string) => `t_env.execute_sql("""
    CREATE TABLE ${name} (id BIGINT) WITH (
        'connector' = 'kafka',
        'sink.delivery-guarantee' = 'exactly-once',
        'sink.transactional-id-prefix' = 'tables'
    )
""")
t_env.execute_sql("INSERT INTO ${name} SELECT id FROM orders")
`;
const sqlJob = `from pyflink.datastream import StreamExecutionEnvironment
from pyflink.table import StreamTableEnvironment

env = StreamExecutionEnvironment.get_execution_environment()
env.enable_checkpointing(10000)
t_env = StreamTableEnvironment.create(env)
${sqlTable('a_out')}${sqlTable('b_out')}`;

new RuleTester({ language: 'python' }).run(rule, {
  valid: [{ name: 'SQL: one table', code: sqlJob.slice(0, sqlJob.lastIndexOf('t_env.execute_sql("""')), settings: { flinkVersion: '2.1' } }],
  invalid: [{
    name: 'SQL: two exactly-once Kafka tables with one sink.transactional-id-prefix',
    code: sqlJob,
    settings: { flinkVersion: '2.1' },
    errors: [{ messageId: 'sharedPrefix2x', line: 22, column: 7, endLine: 22, endColumn: 61, messageIncludes: "prefix 'tables'", suggestions: [] }],
  }],
});
