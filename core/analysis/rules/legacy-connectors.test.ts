// FLINK002 and FLINK003 on legacy and third-party connectors as Flink 1.x-era jobs write them.
import { RuleTester } from '../rule-tester.js';
import nonReplayable from './non-replayable-source.js';
import sinkGuarantee from './sink-guarantee-mismatch.js';
import { javaJob, scalaJob } from './test-support/job-source.js';

const ruleTester = new RuleTester({ language: 'java' });

const legacyJava = javaJob(`
    env.enableCheckpointing(60000);
    DataStream<String> in = env.addSource(new FlinkKafkaConsumer011<>("in", new SimpleStringSchema(), props));
    DataStream<String> lines = env.addSource(new SocketTextStreamFunction("localhost", 9000, "\\n", 3));
    DataStream<String> rows = env.fromSource(MySqlSource.<String>builder().hostname("db").build(), WatermarkStrategy.noWatermarks(), "cdc");
    in.addSink(new FlinkKafkaProducer011<>("out", new SimpleStringSchema(), props, FlinkKafkaProducer011.Semantic.EXACTLY_ONCE));
    lines.addSink(new PrintSinkFunction<>());
    rows.addSink(new InfluxDBSink(config));
    KafkaSink<String> sink = KafkaSink.<String>builder()
        .setBootstrapServers("k:9092")
        .setDeliverGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
        .build();
    rows.sinkTo(sink);
    env.execute("legacy");
`, { name: 'LegacyKafkaJob' });

const legacyScala = scalaJob(`
    env.enableCheckpointing(60000, CheckpointingMode.AT_LEAST_ONCE)
    val lines = env.addSource(new SocketTextStreamFunction("localhost", 9000, "\\n", 3))
    val events = env.addSource(new FlinkKafkaConsumer010[String]("in", new SimpleStringSchema(), props))
    events.addSink(new FlinkKafkaProducer010[String]("out", new SimpleStringSchema(), props))
    lines.addSink(new InfluxDBSink(config))
    val sink = KafkaSink.builder[String]()
      .setBootstrapServers("k:9092")
      .setDeliverGuarantee(DeliveryGuarantee.NONE)
      .build()
    events.sinkTo(sink)
    env.execute("legacy-scala")
`, { name: 'LegacyScalaJob' });

const legacyPython = `from pyflink.datastream import StreamExecutionEnvironment
from pyflink.datastream.connectors.kafka import KafkaSink, DeliveryGuarantee

env = StreamExecutionEnvironment.get_execution_environment()
env.enable_checkpointing(60000)
events = env.from_collection(["a", "b"])
sink = KafkaSink.builder() \\
    .set_bootstrap_servers("k:9092") \\
    .set_deliver_guarantee(DeliveryGuarantee.AT_LEAST_ONCE) \\
    .build()
events.sink_to(sink)
kinesis = KinesisStreamsSink.builder().set_stream_name("out").build()
events.sink_to(kinesis)
env.execute("legacy-py")
`;

ruleTester.run(nonReplayable, {
  valid: [
    { name: 'Python: a collection source replays', code: legacyPython, language: 'python' },
  ],
  invalid: [
    {
      name: 'Java: SocketTextStreamFunction is at-most-once; FlinkKafkaConsumer011 and MySqlSource (flink-cdc) replay',
      code: legacyJava,
      errors: [{ messageId: 'atMostOnceSource', line: 6, column: 36, endLine: 6, endColumn: 103 }],
    },
    {
      name: 'Scala: SocketTextStreamFunction through addSource; FlinkKafkaConsumer010 replays',
      code: legacyScala,
      language: 'scala',
      errors: [{ messageId: 'atMostOnceSource', line: 5, column: 21, endLine: 5, endColumn: 88 }],
    },
  ],
});

ruleTester.run(sinkGuarantee, {
  valid: [
    javaJob(`
    env.enableCheckpointing(60000);
    env.fromSequence(1, 10).map(String::valueOf)
        .addSink(new FlinkKafkaProducer011<>("out", new SimpleStringSchema(), props, FlinkKafkaProducer011.Semantic.EXACTLY_ONCE));
    env.execute();
`, { comment: 'FlinkKafkaProducer011 with Semantic.EXACTLY_ONCE and a checkpointed job' }),
    javaJob(`
    env.enableCheckpointing(60000, CheckpointingMode.AT_LEAST_ONCE);
    env.fromSequence(1, 10).addSink(new HBaseSinkFunction<>("t", conf, converter, 100, 100, 1000));
    env.execute();
`, { comment: 'HBaseSinkFunction is at-least-once, which an at-least-once job accepts' }),
  ],
  invalid: [
    {
      name: 'Java: PrintSinkFunction is at-least-once, InfluxDBSink best effort, the deprecated setDeliverGuarantee alias is read',
      code: legacyJava,
      errors: [
        { messageId: 'weakerThanJob', line: 9, column: 11, endLine: 9, endColumn: 45, messageIncludes: 'PrintSinkFunction only gives at-least-once' },
        { messageId: 'bestEffort', line: 10, column: 10, endLine: 10, endColumn: 43, messageIncludes: 'InfluxDBSink does not take part' },
        { messageId: 'weakerThanJob', line: 15, column: 10, endLine: 15, endColumn: 22, messageIncludes: 'KafkaSink only gives at-least-once' },
      ],
    },
    {
      name: 'Scala: setDeliverGuarantee(NONE) is an explicit NONE and its fix replaces the argument in place',
      code: legacyScala,
      language: 'scala',
      errors: [
        { messageId: 'bestEffort', line: 8, column: 11, endLine: 8, endColumn: 44 },
        { messageId: 'explicitNoGuarantee', line: 13, column: 12, endLine: 13, endColumn: 24 },
      ],
      output: legacyScala.replace('setDeliverGuarantee(DeliveryGuarantee.NONE)', 'setDeliverGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)'),
    },
    {
      name: 'Python: set_deliver_guarantee(AT_LEAST_ONCE) and KinesisStreamsSink are at-least-once in an exactly-once job',
      code: legacyPython,
      language: 'python',
      errors: [
        { messageId: 'weakerThanJob', line: 11, column: 8, endLine: 11, endColumn: 21 },
        { messageId: 'weakerThanJob', line: 13, column: 8, endLine: 13, endColumn: 24 },
      ],
    },
  ],
});
