import { RuleTester } from '../rule-tester.js';
import rule from './sink-guarantee-mismatch.js';
import { javaJob, kafkaSinkJob } from './test-support/job-source.js';

const ruleTester = new RuleTester({ language: 'java' });

// Cases whose fixes change one line: the fixed text is the case's code with that line edited.
const inlineAtLeastOnce = javaJob(`
    CheckpointConfig checkpoints = env.getCheckpointConfig();
    checkpoints.setCheckpointInterval(10_000);
    checkpoints.setCheckpointingMode(CheckpointingMode.EXACTLY_ONCE);
    env.fromSequence(1, 10).map(String::valueOf)
        .sinkTo(KafkaSink.<String>builder()
            .setBootstrapServers("kafka:9092")
            .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
            .build());
    env.execute();
`, { name: 'OrdersJob' });

const heldBuilder = javaJob(`
    env.enableCheckpointing(10_000);
    KafkaSinkBuilder<String> builder = KafkaSink.<String>builder().setBootstrapServers("kafka:9092");
    builder.setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE);
    env.fromSequence(1, 10).map(String::valueOf).sinkTo(builder.build());
    env.execute();
`, { name: 'KafkaPipeline' });

const helperSink = javaJob(`
    env.fromSequence(1, 10).map(String::valueOf).sinkTo(kafkaSink("out"));
    env.execute();
`, { members: `
  static KafkaSink<String> kafkaSink(String topic) {
    return KafkaSink.<String>builder()
        .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
        .build();
  }
` });

// A guarantee picked by a switch: one branch is NONE.
const switchChosen = javaJob(`
    env.enableCheckpointing(10_000);
    DeliveryGuarantee g = switch (args[0]) {
      case "none" -> DeliveryGuarantee.NONE;
      case "eos" -> DeliveryGuarantee.EXACTLY_ONCE;
      default -> DeliveryGuarantee.AT_LEAST_ONCE;
    };
    env.fromSequence(1, 10).map(String::valueOf)
        .sinkTo(KafkaSink.<String>builder().setDeliveryGuarantee(g).build());
    env.execute();
`);

ruleTester.run(rule, {
  valid: [
    javaJob(`
    env.enableCheckpointing(10_000);
    DeliveryGuarantee g = args.length > 1 ? DeliveryGuarantee.NONE : DeliveryGuarantee.AT_LEAST_ONCE;
    g = DeliveryGuarantee.EXACTLY_ONCE;
    env.fromSequence(1, 10).map(String::valueOf)
        .sinkTo(KafkaSink.<String>builder().setDeliveryGuarantee(g).setTransactionalIdPrefix("job-").build());
    env.execute();
`, { comment: 'a chosen variable assigned again later: its value is not read, nothing is assumed' }),
    javaJob(`
    env.enableCheckpointing(10_000);
    DeliveryGuarantee guarantee = DeliveryGuarantee.valueOf(args[0]);
    env.fromSequence(1, 10).map(String::valueOf)
        .sinkTo(KafkaSink.<String>builder()
            .setBootstrapServers("kafka:9092")
            .setDeliveryGuarantee(guarantee)
            .build());
    env.execute();
`, { comment: 'KafkaSink whose guarantee is chosen at run time: neither NONE nor a missing transactional id can be assumed' }),
    `// print() on an environment from another file: the job's checkpoint mode is not visible here
public class Job {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = Environments.checkpointed();
    env.fromSequence(1, 10).print();
    env.execute();
  }
}`,
    javaJob(`
    env.enableCheckpointing(10_000);
    DataStream<String> events = env.fromSource(KafkaSource.<String>builder().build(), WatermarkStrategy.noWatermarks(), "in");
    events.sinkTo(
        KafkaSink.<String>builder()
            .setBootstrapServers("kafka:9092")
            .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
            .setTransactionalIdPrefix("orders-")
            .build());
    env.execute();
`, { comment: 'KafkaSink EXACTLY_ONCE with a transactional id prefix, checkpointing on', before: `import org.apache.flink.connector.base.DeliveryGuarantee;
` }),
    javaJob(`
    env.enableCheckpointing(30_000);
    FileSink<String> sink = FileSink.forRowFormat(new Path("/tmp/out"), new SimpleStringEncoder<String>("UTF-8")).build();
    env.fromSequence(1, 100).map(String::valueOf).sinkTo(sink);
    env.execute();
`, { comment: 'FileSink with checkpointing on' }),
    javaJob(`
    env.enableCheckpointing(1000, CheckpointingMode.AT_LEAST_ONCE);
    env.fromSequence(1, 100).print();
    env.execute();
`, { comment: 'print() in an AT_LEAST_ONCE job breaks no promise' }),
    javaJob(`
    env.socketTextStream("localhost", 9999).print();
    env.execute();
`, { comment: 'print() with checkpointing off: no exactly-once promise (FLINK001 reports the job)' }),
    javaJob(`
    CheckpointConfig config = env.getCheckpointConfig();
    config.setCheckpointInterval(5000);
    config.setCheckpointingConsistencyMode(CheckpointingMode.AT_LEAST_ONCE);
    env.fromSequence(1, 10).map(String::valueOf)
        .sinkTo(KafkaSink.<String>builder().setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE).build());
    env.execute();
`, { comment: 'KafkaSink AT_LEAST_ONCE with the consistency mode set to AT_LEAST_ONCE on a held CheckpointConfig' }),
    `// JDBC exactly-once sink with checkpointing configured through a Configuration
public class Job {
  public static void main(String[] args) throws Exception {
    Configuration conf = new Configuration();
    conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, Duration.ofSeconds(10));
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.fromSequence(1, 10)
        .addSink(JdbcSink.exactlyOnceSink("insert into t values (?)", (ps, v) -> ps.setLong(1, v),
            JdbcExecutionOptions.defaults(), JdbcExactlyOnceOptions.defaults(), () -> new PGXADataSource()));
    env.execute();
  }
}`,
    javaJob(`
    env.setRuntimeMode(RuntimeExecutionMode.BATCH);
    env.fromSequence(1, 10).map(String::valueOf)
        .sinkTo(FileSink.forRowFormat(new Path("/out"), new SimpleStringEncoder<String>()).build());
    env.execute();
`, { comment: 'a batch job writes files without checkpoints' }),
    javaJob(`
    env.enableCheckpointing(1000);
    // stream.print();
    String s = "stream.sinkTo(KafkaSink.builder().build())";
    env.fromSequence(1, 10).sinkTo(new DiscardingSink<>());
    env.execute(s);
`, { comment: 'sinks in comments and strings are not sinks' }),
  ],
  invalid: [
    {
      name: '(b) a KafkaSink attached in a helper that receives the stream from another file',
      code: `public class Sinks {
  public static void attach(DataStream<String> events) {
    events.sinkTo(KafkaSink.<String>builder().setBootstrapServers("kafka:9092").build());
  }
}`,
      errors: [{ messageId: 'defaultNoGuarantee', line: 3, column: 12, endLine: 3, endColumn: 89 }],
      output: `import org.apache.flink.connector.base.DeliveryGuarantee;
public class Sinks {
  public static void attach(DataStream<String> events) {
    events.sinkTo(KafkaSink.<String>builder().setBootstrapServers("kafka:9092").setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE).build());
  }
}`,
    },
    {
      name: '(a) print() in a job that checkpoints exactly-once by default',
      code: javaJob(`
    env.enableCheckpointing(10_000);
    env.fromSequence(1, 100)
        .keyBy(n -> n % 10)
        .sum(0)
        .print();
    env.execute();
`),
      errors: [{ messageId: 'weakerThanJob', line: 8, column: 10, endLine: 8, endColumn: 17, severity: 'warning', messageIncludes: 'print() only gives at-least-once' }],
    },
    {
      name: '(a) KafkaSink AT_LEAST_ONCE built inline in sinkTo, exactly-once mode set on a held CheckpointConfig',
      code: inlineAtLeastOnce,
      errors: [{
        messageId: 'weakerThanJob', line: 8, column: 10, endLine: 11, endColumn: 22,
        suggestions: [{
          title: 'Use DeliveryGuarantee.EXACTLY_ONCE',
          output: inlineAtLeastOnce.replace(
            '.setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)',
            '.setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)\n            .setTransactionalIdPrefix("orders-job-")',
          ),
        }],
      }],
    },
    {
      name: '(a) Elasticsearch, plain JdbcSink.sink, writeAsText and a legacy at-least-once FlinkKafkaProducer',
      code: javaJob(`
    env.enableCheckpointing(10_000);
    DataStream<String> lines = env.fromSequence(1, 10).map(String::valueOf);
    lines.sinkTo(new Elasticsearch7SinkBuilder<String>().setHosts(host).build());
    lines.addSink(JdbcSink.sink("insert", builder, options));
    lines.writeAsText("/tmp/out");
    lines.addSink(new FlinkKafkaProducer<>("topic", schema, props, FlinkKafkaProducer.Semantic.AT_LEAST_ONCE));
    env.execute();
`),
      errors: [
        { messageId: 'weakerThanJob', line: 6, column: 11, endLine: 6, endColumn: 81, messageIncludes: 'Elasticsearch sink only gives' },
        { messageId: 'weakerThanJob', line: 7, column: 11, endLine: 7, endColumn: 61, messageIncludes: 'JdbcSink.sink only gives' },
        { messageId: 'weakerThanJob', line: 8, column: 11, endLine: 8, endColumn: 34, messageIncludes: 'writeAsText() only gives' },
        { messageId: 'weakerThanJob', line: 9, column: 11, endLine: 9, endColumn: 111, messageIncludes: 'FlinkKafkaProducer only gives' },
      ],
    },
    {
      name: '(b) KafkaSink without a delivery guarantee defaults to NONE; the fix sets AT_LEAST_ONCE and imports the enum',
      code: kafkaSinkJob([], { before: `import org.apache.flink.connector.kafka.sink.KafkaSink;

` }),
      errors: [{
        messageId: 'defaultNoGuarantee', line: 10, column: 50, endLine: 10, endColumn: 62,
        suggestions: [{
          title: 'Use DeliveryGuarantee.EXACTLY_ONCE',
          output: kafkaSinkJob(['.setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)', '.setTransactionalIdPrefix("job-")'], { before: `import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.base.DeliveryGuarantee;

` }),
        }],
      }],
      output: kafkaSinkJob(['.setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)'], { before: `import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.base.DeliveryGuarantee;

` }),
    },
    {
      name: '(b) an explicit DeliveryGuarantee.NONE; the fix replaces the constant',
      code: javaJob(`
    env.enableCheckpointing(10_000);
    env.fromSequence(1, 10).map(String::valueOf)
        .sinkTo(KafkaSink.<String>builder().setDeliveryGuarantee(DeliveryGuarantee.NONE).build());
    env.execute();
`),
      errors: [{ messageId: 'explicitNoGuarantee', line: 6, column: 10, endLine: 6, endColumn: 98 }],
      output: javaJob(`
    env.enableCheckpointing(10_000);
    env.fromSequence(1, 10).map(String::valueOf)
        .sinkTo(KafkaSink.<String>builder().setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE).build());
    env.execute();
`),
    },
    {
      name: '(b) a guarantee picked by a switch with a NONE branch; the fix edits that branch',
      code: switchChosen,
      errors: [{ messageId: 'variableNoGuarantee', line: 11, column: 10, endLine: 11, endColumn: 77, messageIncludes: "'g' is NONE in one of its branches" }],
      output: switchChosen.replace('case "none" -> DeliveryGuarantee.NONE;', 'case "none" -> DeliveryGuarantee.AT_LEAST_ONCE;'),
    },
    {
      name: 'an AT_LEAST_ONCE branch of a ternary, in an exactly-once job',
      code: javaJob(`
    env.enableCheckpointing(10_000);
    DeliveryGuarantee g = args.length > 0 ? DeliveryGuarantee.AT_LEAST_ONCE : DeliveryGuarantee.EXACTLY_ONCE;
    env.fromSequence(1, 10).map(String::valueOf)
        .sinkTo(KafkaSink.<String>builder().setDeliveryGuarantee(g).setTransactionalIdPrefix("job-").build());
    env.execute();
`),
      errors: [{ messageId: 'variableWeakerThanJob', line: 7, column: 10, endLine: 7, endColumn: 110, messageIncludes: "'g' is AT_LEAST_ONCE in one of its branches" }],
    },
    {
      name: '(c) EXACTLY_ONCE without a transactional id prefix, builder held in a variable and built later',
      code: heldBuilder,
      errors: [{ messageId: 'missingRequirement', line: 7, column: 50, endLine: 7, endColumn: 73, severity: 'error', messageIncludes: 'build()` throws IllegalStateException' }],
      output: heldBuilder.replace('sinkTo(builder.build())', 'sinkTo(builder.setTransactionalIdPrefix("kafka-pipeline-").build())'),
    },
    {
      name: '(c) and (d) a sink returned by a helper: EXACTLY_ONCE without prefix, and checkpointing off',
      code: helperSink,
      errors: [
        { messageId: 'missingRequirement', line: 4, column: 50, endLine: 4, endColumn: 74, severity: 'error' },
        {
          messageId: 'neverCommitted', line: 4, column: 50, endLine: 4, endColumn: 74, severity: 'error',
          suggestions: [{
            output: helperSink.replace('    env.fromSequence', '    env.enableCheckpointing(10000);\n    env.fromSequence'),
          }],
        },
      ],
      output: helperSink.replace('        .build();', '        .setTransactionalIdPrefix("job-")\n        .build();'),
    },
    {
      name: '(d) FileSink while checkpointing is off: files are never finished',
      code: javaJob(`
    env.fromSequence(1, 10).map(String::valueOf)
        .sinkTo(FileSink.forRowFormat(new Path("/out"), new SimpleStringEncoder<String>()).build());
    env.execute();
`),
      errors: [{ messageId: 'neverCommitted', line: 5, column: 10, endLine: 5, endColumn: 100, messageIncludes: 'FileSink commits its output only when a checkpoint completes' }],
    },
  ],
});
