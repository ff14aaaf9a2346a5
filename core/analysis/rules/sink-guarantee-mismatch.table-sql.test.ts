// FLINK003 on Table API / SQL sinks declared in code: CREATE TABLE ... WITH ('connector' = ...)
// and TableDescriptor.for_connector(...), judged where rows are inserted into them.
import { RuleTester } from '../rule-tester.js';
import rule from './sink-guarantee-mismatch.js';
import { javaJob, scalaJob } from './test-support/job-source.js';

const ruleTester = new RuleTester({ language: 'python' });

const pythonJob = `from pyflink.datastream import StreamExecutionEnvironment
from pyflink.table import StreamTableEnvironment, TableDescriptor, Schema, DataTypes

env = StreamExecutionEnvironment.get_execution_environment()
env.enable_checkpointing(10000)
t_env = StreamTableEnvironment.create(env)
t_env.execute_sql("""
    CREATE TABLE orders_out (
        id BIGINT,
        amount DOUBLE
    ) WITH (
        'connector' = 'kafka',
        'topic' = 'orders-out',
        'sink.delivery-guarantee' = 'exactly-once'
    )
""")
t_env.execute_sql("INSERT INTO orders_out SELECT id, amount FROM orders")
t_env.create_temporary_table("console", TableDescriptor.for_connector("print")
                             .schema(Schema.new_builder().column("id", DataTypes.BIGINT()).build())
                             .build())
t_env.from_path("orders").execute_insert("console")
`;

ruleTester.run(rule, {
  valid: [
    { name: 'Python: a declared table nobody inserts into is not a sink', code: pythonJob.replace(/t_env.execute_sql\("INSERT[^\n]*\n/, '').replace(/t_env.from_path[^\n]*\n/, '') },
    { name: 'Python: exactly-once Kafka table with a transactional id prefix, printing in an at-least-once job',
      code: pythonJob.replace("'sink.delivery-guarantee' = 'exactly-once'", "'sink.delivery-guarantee' = 'exactly-once',\n        'sink.transactional-id-prefix' = 'orders-'").replace('env.enable_checkpointing(10000)', 'env.enable_checkpointing(10000, CheckpointingMode.AT_LEAST_ONCE)') },
    { name: 'Scala: a filesystem table in a checkpointed job', language: 'scala', code: scalaJob(`
    val tEnv = StreamTableEnvironment.create(env)
    tEnv.executeSql("CREATE TABLE files (line STRING) WITH ('connector' = 'filesystem', 'path' = 's3://out', 'format' = 'csv')")
    tEnv.executeSql("INSERT INTO files SELECT line FROM lines")
`, { name: 'SqlJob' }).replace('val tEnv', 'env.enableCheckpointing(10000)\n    val tEnv') },
  ],
  invalid: [
    {
      name: 'Python: exactly-once Kafka table without a prefix (error), and a print descriptor in an exactly-once job',
      code: pythonJob,
      errors: [
        { messageId: 'missingOption', line: 17, column: 7, endLine: 17, endColumn: 74, severity: 'error', messageIncludes: "needs the option 'sink.transactional-id-prefix'" },
        { messageId: 'weakerThanJob', line: 21, column: 27, endLine: 21, endColumn: 52, messageIncludes: "print table ('connector' = 'print') only gives at-least-once" },
      ],
    },
    {
      name: 'Scala: a filesystem table with checkpointing off never commits',
      language: 'scala',
      code: scalaJob(`
    val tEnv = StreamTableEnvironment.create(env)
    tEnv.executeSql("CREATE TABLE files (line STRING) WITH ('connector' = 'filesystem', 'path' = 's3://out', 'format' = 'csv')")
    tEnv.executeSql("INSERT INTO files SELECT line FROM lines")
`, { name: 'SqlJob' }),
      errors: [{ messageId: 'neverCommitted', line: 6, column: 10, endLine: 6, endColumn: 64, messageIncludes: 'filesystem table' }],
    },
    {
      name: 'Python: a FileSink on t_env.to_data_stream(...) belongs to the environment, which never checkpoints',
      code: `env = StreamExecutionEnvironment.get_execution_environment()
t_env = StreamTableEnvironment.create(env)
table = t_env.sql_query("SELECT * FROM orders")
t_env.to_data_stream(table).sink_to(FileSink.for_row_format("/tmp/out", Encoder.simple_string_encoder()).build())
env.execute()
`,
      errors: [{ messageId: 'neverCommitted', line: 4, column: 29, endLine: 4, endColumn: 114, messageIncludes: 'FileSink commits its output only when a checkpoint completes' }],
    },
  ],
});

// Java: streams a StreamTableEnvironment turns tables back into belong to the environment it wraps.
new RuleTester({ language: 'java' }).run(rule, {
  valid: [
    {
      name: 'Java: print() on a table turned into a stream, in a job without checkpointing (FLINK001 speaks)',
      code: javaJob(`
    StreamTableEnvironment tEnv = StreamTableEnvironment.create(env);
    tEnv.toDataStream(tEnv.sqlQuery("SELECT * FROM orders")).print();
    env.execute();
`),
    },
  ],
  invalid: [
    {
      name: 'Java: print() on tEnv.toDataStream(...) in an exactly-once job',
      code: javaJob(`
    env.enableCheckpointing(10_000);
    StreamTableEnvironment tEnv = StreamTableEnvironment.create(env);
    DataStream<Row> rows = tEnv.toDataStream(tEnv.sqlQuery("SELECT * FROM orders"));
    rows.print();
    env.execute();
`),
      errors: [{ messageId: 'weakerThanJob', line: 7, column: 10, endLine: 7, endColumn: 17 }],
    },
    {
      name: 'Java: a StreamingFileSink after toRetractStream(...).map(...) in a job without checkpointing',
      code: javaJob(`
    StreamTableEnvironment tEnv = StreamTableEnvironment.create(env);
    DataStream<Tuple2<Boolean, Row>> changes = tEnv.toRetractStream(tEnv.sqlQuery("SELECT * FROM orders"), Row.class);
    StreamingFileSink<String> files = StreamingFileSink.forRowFormat(new Path("/out"), new SimpleStringEncoder<String>()).build();
    changes.map(change -> change.f1.toString()).addSink(files);
    env.execute();
`),
      errors: [{ messageId: 'neverCommitted', line: 7, column: 49, endLine: 7, endColumn: 63, messageIncludes: 'StreamingFileSink commits its output only when a checkpoint completes' }],
    },
  ],
});
