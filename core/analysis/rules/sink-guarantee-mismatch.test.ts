import { RuleTester } from '../rule-tester.js';
import rule from './sink-guarantee-mismatch.js';

const ruleTester = new RuleTester({ language: 'java' });

ruleTester.run(rule, {
  valid: [
    `// print() on an environment from another file: the job's checkpoint mode is not visible here
public class Job {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = Environments.checkpointed();
    env.fromSequence(1, 10).print();
    env.execute();
  }
}`,
    `// KafkaSink EXACTLY_ONCE with a transactional id prefix, checkpointing on
import org.apache.flink.connector.base.DeliveryGuarantee;
public class Job {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.enableCheckpointing(10_000);
    DataStream<String> events = env.fromSource(KafkaSource.<String>builder().build(), WatermarkStrategy.noWatermarks(), "in");
    events.sinkTo(
        KafkaSink.<String>builder()
            .setBootstrapServers("kafka:9092")
            .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
            .setTransactionalIdPrefix("orders-")
            .build());
    env.execute();
  }
}`,
    `// FileSink with checkpointing on
public class Job {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.enableCheckpointing(30_000);
    FileSink<String> sink = FileSink.forRowFormat(new Path("/tmp/out"), new SimpleStringEncoder<String>("UTF-8")).build();
    env.fromSequence(1, 100).map(String::valueOf).sinkTo(sink);
    env.execute();
  }
}`,
    `// print() in an AT_LEAST_ONCE job breaks no promise
public class Job {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.enableCheckpointing(1000, CheckpointingMode.AT_LEAST_ONCE);
    env.fromSequence(1, 100).print();
    env.execute();
  }
}`,
    `// print() with checkpointing off: no exactly-once promise (FLINK001 reports the job)
public class Job {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.socketTextStream("localhost", 9999).print();
    env.execute();
  }
}`,
    `// KafkaSink AT_LEAST_ONCE with the consistency mode set to AT_LEAST_ONCE on a held CheckpointConfig
public class Job {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    CheckpointConfig config = env.getCheckpointConfig();
    config.setCheckpointInterval(5000);
    config.setCheckpointingConsistencyMode(CheckpointingMode.AT_LEAST_ONCE);
    env.fromSequence(1, 10).map(String::valueOf)
        .sinkTo(KafkaSink.<String>builder().setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE).build());
    env.execute();
  }
}`,
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
    `// a batch job writes files without checkpoints
public class Job {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setRuntimeMode(RuntimeExecutionMode.BATCH);
    env.fromSequence(1, 10).map(String::valueOf)
        .sinkTo(FileSink.forRowFormat(new Path("/out"), new SimpleStringEncoder<String>()).build());
    env.execute();
  }
}`,
    `// sinks in comments and strings are not sinks
public class Job {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.enableCheckpointing(1000);
    // stream.print();
    String s = "stream.sinkTo(KafkaSink.builder().build())";
    env.fromSequence(1, 10).sinkTo(new DiscardingSink<>());
    env.execute(s);
  }
}`,
  ],
  invalid: [
    {
      name: '(b) a KafkaSink attached in a helper that receives the stream from another file',
      code: `public class Sinks {
  public static void attach(DataStream<String> events) {
    events.sinkTo(KafkaSink.<String>builder().setBootstrapServers("kafka:9092").build());
  }
}`,
      errors: [{ messageId: 'defaultNoGuarantee', line: 3, column: 19, endLine: 3, endColumn: 88 }],
      output: `import org.apache.flink.connector.base.DeliveryGuarantee;
public class Sinks {
  public static void attach(DataStream<String> events) {
    events.sinkTo(KafkaSink.<String>builder().setBootstrapServers("kafka:9092").setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE).build());
  }
}`,
    },
    {
      name: '(a) print() in a job that checkpoints exactly-once by default',
      code: `public class Job {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.enableCheckpointing(10_000);
    env.fromSequence(1, 100)
        .keyBy(n -> n % 10)
        .sum(0)
        .print();
    env.execute();
  }
}`,
      errors: [{ messageId: 'weakerThanJob', line: 8, column: 10, endLine: 8, endColumn: 17, severity: 'warning', messageIncludes: 'print() only gives at-least-once' }],
    },
    {
      name: '(a) KafkaSink AT_LEAST_ONCE built inline in sinkTo, exactly-once mode set on a held CheckpointConfig',
      code: `public class OrdersJob {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    CheckpointConfig checkpoints = env.getCheckpointConfig();
    checkpoints.setCheckpointInterval(10_000);
    checkpoints.setCheckpointingMode(CheckpointingMode.EXACTLY_ONCE);
    env.fromSequence(1, 10).map(String::valueOf)
        .sinkTo(KafkaSink.<String>builder()
            .setBootstrapServers("kafka:9092")
            .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
            .build());
    env.execute();
  }
}`,
      errors: [{
        messageId: 'weakerThanJob', line: 8, column: 17, endLine: 11, endColumn: 21,
        suggestions: [{
          title: 'Use DeliveryGuarantee.EXACTLY_ONCE',
          output: `public class OrdersJob {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    CheckpointConfig checkpoints = env.getCheckpointConfig();
    checkpoints.setCheckpointInterval(10_000);
    checkpoints.setCheckpointingMode(CheckpointingMode.EXACTLY_ONCE);
    env.fromSequence(1, 10).map(String::valueOf)
        .sinkTo(KafkaSink.<String>builder()
            .setBootstrapServers("kafka:9092")
            .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
            .setTransactionalIdPrefix("orders-job-")
            .build());
    env.execute();
  }
}`,
        }],
      }],
    },
    {
      name: '(a) Elasticsearch, plain JdbcSink.sink, writeAsText and a legacy at-least-once FlinkKafkaProducer',
      code: `public class Job {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.enableCheckpointing(10_000);
    DataStream<String> lines = env.fromSequence(1, 10).map(String::valueOf);
    lines.sinkTo(new Elasticsearch7SinkBuilder<String>().setHosts(host).build());
    lines.addSink(JdbcSink.sink("insert", builder, options));
    lines.writeAsText("/tmp/out");
    lines.addSink(new FlinkKafkaProducer<>("topic", schema, props, FlinkKafkaProducer.Semantic.AT_LEAST_ONCE));
    env.execute();
  }
}`,
      errors: [
        { messageId: 'weakerThanJob', line: 6, column: 18, endLine: 6, endColumn: 80, messageIncludes: 'Elasticsearch sink only gives' },
        { messageId: 'weakerThanJob', line: 7, column: 19, endLine: 7, endColumn: 60, messageIncludes: 'JdbcSink.sink only gives' },
        { messageId: 'weakerThanJob', line: 8, column: 11, endLine: 8, endColumn: 34, messageIncludes: 'writeAsText() only gives' },
        { messageId: 'weakerThanJob', line: 9, column: 19, endLine: 9, endColumn: 110, messageIncludes: 'FlinkKafkaProducer only gives' },
      ],
    },
    {
      name: '(b) KafkaSink without a delivery guarantee defaults to NONE; the fix sets AT_LEAST_ONCE and imports the enum',
      code: `import org.apache.flink.connector.kafka.sink.KafkaSink;

public class Job {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.enableCheckpointing(10_000);
    KafkaSink<String> sink = KafkaSink.<String>builder()
        .setBootstrapServers("kafka:9092")
        .build();
    env.fromSequence(1, 10).map(String::valueOf).sinkTo(sink);
    env.execute();
  }
}`,
      errors: [{
        messageId: 'defaultNoGuarantee', line: 7, column: 30, endLine: 9, endColumn: 17,
        suggestions: [{
          title: 'Use DeliveryGuarantee.EXACTLY_ONCE',
          output: `import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.base.DeliveryGuarantee;

public class Job {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.enableCheckpointing(10_000);
    KafkaSink<String> sink = KafkaSink.<String>builder()
        .setBootstrapServers("kafka:9092")
        .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
        .setTransactionalIdPrefix("job-")
        .build();
    env.fromSequence(1, 10).map(String::valueOf).sinkTo(sink);
    env.execute();
  }
}`,
        }],
      }],
      output: `import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.base.DeliveryGuarantee;

public class Job {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.enableCheckpointing(10_000);
    KafkaSink<String> sink = KafkaSink.<String>builder()
        .setBootstrapServers("kafka:9092")
        .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
        .build();
    env.fromSequence(1, 10).map(String::valueOf).sinkTo(sink);
    env.execute();
  }
}`,
    },
    {
      name: '(b) an explicit DeliveryGuarantee.NONE; the fix replaces the constant',
      code: `public class Job {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.enableCheckpointing(10_000);
    env.fromSequence(1, 10).map(String::valueOf)
        .sinkTo(KafkaSink.<String>builder().setDeliveryGuarantee(DeliveryGuarantee.NONE).build());
    env.execute();
  }
}`,
      errors: [{ messageId: 'explicitNoGuarantee', line: 6, column: 17, endLine: 6, endColumn: 97 }],
      output: `public class Job {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.enableCheckpointing(10_000);
    env.fromSequence(1, 10).map(String::valueOf)
        .sinkTo(KafkaSink.<String>builder().setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE).build());
    env.execute();
  }
}`,
    },
    {
      name: '(c) EXACTLY_ONCE without a transactional id prefix, builder held in a variable and built later',
      code: `public class KafkaPipeline {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.enableCheckpointing(10_000);
    KafkaSinkBuilder<String> builder = KafkaSink.<String>builder().setBootstrapServers("kafka:9092");
    builder.setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE);
    env.fromSequence(1, 10).map(String::valueOf).sinkTo(builder.build());
    env.execute();
  }
}`,
      errors: [{ messageId: 'missingRequirement', line: 7, column: 57, endLine: 7, endColumn: 72, severity: 'error', messageIncludes: 'build()` throws IllegalStateException' }],
      output: `public class KafkaPipeline {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.enableCheckpointing(10_000);
    KafkaSinkBuilder<String> builder = KafkaSink.<String>builder().setBootstrapServers("kafka:9092");
    builder.setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE);
    env.fromSequence(1, 10).map(String::valueOf).sinkTo(builder.setTransactionalIdPrefix("kafka-pipeline-").build());
    env.execute();
  }
}`,
    },
    {
      name: '(c) and (d) a sink returned by a helper: EXACTLY_ONCE without prefix, and checkpointing off',
      code: `public class Job {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.fromSequence(1, 10).map(String::valueOf).sinkTo(kafkaSink("out"));
    env.execute();
  }

  static KafkaSink<String> kafkaSink(String topic) {
    return KafkaSink.<String>builder()
        .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
        .build();
  }
}`,
      errors: [
        { messageId: 'missingRequirement', line: 9, column: 12, endLine: 11, endColumn: 17, severity: 'error' },
        {
          messageId: 'neverCommitted', line: 9, column: 12, endLine: 11, endColumn: 17, severity: 'error',
          suggestions: [{
            output: `public class Job {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.enableCheckpointing(10000);
    env.fromSequence(1, 10).map(String::valueOf).sinkTo(kafkaSink("out"));
    env.execute();
  }

  static KafkaSink<String> kafkaSink(String topic) {
    return KafkaSink.<String>builder()
        .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
        .build();
  }
}`,
          }],
        },
      ],
      output: `public class Job {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.fromSequence(1, 10).map(String::valueOf).sinkTo(kafkaSink("out"));
    env.execute();
  }

  static KafkaSink<String> kafkaSink(String topic) {
    return KafkaSink.<String>builder()
        .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
        .setTransactionalIdPrefix("job-")
        .build();
  }
}`,
    },
    {
      name: '(d) FileSink while checkpointing is off: files are never finished',
      code: `public class Job {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.fromSequence(1, 10).map(String::valueOf)
        .sinkTo(FileSink.forRowFormat(new Path("/out"), new SimpleStringEncoder<String>()).build());
    env.execute();
  }
}`,
      errors: [{ messageId: 'neverCommitted', line: 5, column: 17, endLine: 5, endColumn: 99, messageIncludes: 'FileSink commits its output only when a checkpoint completes' }],
    },
  ],
});

// PyFlink (issue 6): builders in backslash and parenthesised chains, legacy connectors with keyword arguments.
new RuleTester({ language: 'python' }).run(rule, {
  valid: [
    {
      name: 'python: KafkaSink EXACTLY_ONCE with a transactional id prefix, checkpointing on',
      code: `from pyflink.datastream import StreamExecutionEnvironment
from pyflink.datastream.connectors.base import DeliveryGuarantee
from pyflink.datastream.connectors.kafka import KafkaSink

env = StreamExecutionEnvironment.get_execution_environment()
env.enable_checkpointing(10_000)
sink = KafkaSink.builder() \\
    .set_bootstrap_servers("kafka:9092") \\
    .set_delivery_guarantee(DeliveryGuarantee.EXACTLY_ONCE) \\
    .set_transactional_id_prefix("orders-") \\
    .build()
env.from_collection(["a"]).sink_to(sink)
env.execute()
`,
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
      code: `from pyflink.datastream import StreamExecutionEnvironment
from pyflink.datastream.connectors.kafka import KafkaSink

env = StreamExecutionEnvironment.get_execution_environment()
env.enable_checkpointing(10_000)
sink = KafkaSink.builder() \\
    .set_bootstrap_servers("kafka:9092") \\
    .build()
env.from_collection(["a"]).sink_to(sink)
env.execute()
`,
      errors: [{
        messageId: 'defaultNoGuarantee', line: 6, column: 8, endLine: 8, endColumn: 13,
        suggestions: [{
          title: 'Use DeliveryGuarantee.EXACTLY_ONCE',
          output: `from pyflink.datastream import StreamExecutionEnvironment
from pyflink.datastream.connectors.kafka import KafkaSink
from pyflink.datastream.connectors.base import DeliveryGuarantee

env = StreamExecutionEnvironment.get_execution_environment()
env.enable_checkpointing(10_000)
sink = KafkaSink.builder() \\
    .set_bootstrap_servers("kafka:9092") \\
    .set_delivery_guarantee(DeliveryGuarantee.EXACTLY_ONCE).set_transactional_id_prefix("flink-job-").build()
env.from_collection(["a"]).sink_to(sink)
env.execute()
`,
        }],
      }],
      output: `from pyflink.datastream import StreamExecutionEnvironment
from pyflink.datastream.connectors.kafka import KafkaSink
from pyflink.datastream.connectors.base import DeliveryGuarantee

env = StreamExecutionEnvironment.get_execution_environment()
env.enable_checkpointing(10_000)
sink = KafkaSink.builder() \\
    .set_bootstrap_servers("kafka:9092") \\
    .set_delivery_guarantee(DeliveryGuarantee.AT_LEAST_ONCE).build()
env.from_collection(["a"]).sink_to(sink)
env.execute()
`,
    },
    {
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
      errors: [{ messageId: 'missingRequirement', line: 5, column: 9, endLine: 7, endColumn: 17, severity: 'error', messageIncludes: 'set_transactional_id_prefix(...)' }],
      output: `def orders_job():
    env = StreamExecutionEnvironment.get_execution_environment()
    env.enable_checkpointing(10_000)
    env.from_collection(["a"]).sink_to(
        KafkaSink.builder()
        .set_delivery_guarantee(DeliveryGuarantee.EXACTLY_ONCE)
        .set_transactional_id_prefix("orders-job-")
        .build())
    env.execute()
`,
    },
    {
      name: 'python: FileSink with checkpointing off never commits',
      code: `env = StreamExecutionEnvironment.get_execution_environment()
env.from_collection(["a"]).sink_to(FileSink.for_row_format("/tmp/out", encoder).build())
env.execute()
`,
      errors: [{
        messageId: 'neverCommitted', line: 2, column: 36, endLine: 2, endColumn: 88, severity: 'error',
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
        { messageId: 'weakerThanJob', line: 5, column: 16, endLine: 5, endColumn: 89, messageIncludes: 'FlinkKafkaProducer only gives' },
      ],
    },
  ],
});

// Scala (issue 6): the Java connector API called from Scala, leading-dot chains.
new RuleTester({ language: 'scala' }).run(rule, {
  valid: [
    {
      name: 'scala: KafkaSink EXACTLY_ONCE with a prefix, checkpointing on',
      code: `object Job {
  def main(args: Array[String]): Unit = {
    val env = StreamExecutionEnvironment.getExecutionEnvironment
    env.enableCheckpointing(10000)
    env.fromSequence(1, 10).map(_.toString).sinkTo(KafkaSink.builder[String]()
      .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
      .setTransactionalIdPrefix("orders-")
      .build())
    env.execute()
  }
}`,
    },
    {
      name: 'scala: print() in an AT_LEAST_ONCE job',
      code: `object Job {
  def main(args: Array[String]): Unit = {
    val env = StreamExecutionEnvironment.getExecutionEnvironment
    env.enableCheckpointing(1000, CheckpointingMode.AT_LEAST_ONCE)
    env.fromElements(1, 2).print()
    env.execute()
  }
}`,
    },
  ],
  invalid: [
    {
      name: 'scala: EXACTLY_ONCE without a prefix; the fix keeps one call per line',
      code: `object OrdersJob {
  def main(args: Array[String]): Unit = {
    val env = StreamExecutionEnvironment.getExecutionEnvironment
    env.enableCheckpointing(10000)
    val sink = KafkaSink.builder[String]()
      .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
      .build()
    env.fromSequence(1, 10).map(_.toString).sinkTo(sink)
    env.execute()
  }
}`,
      errors: [{ messageId: 'missingRequirement', line: 5, column: 16, endLine: 7, endColumn: 15, severity: 'error' }],
      output: `object OrdersJob {
  def main(args: Array[String]): Unit = {
    val env = StreamExecutionEnvironment.getExecutionEnvironment
    env.enableCheckpointing(10000)
    val sink = KafkaSink.builder[String]()
      .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
      .setTransactionalIdPrefix("orders-job-")
      .build()
    env.fromSequence(1, 10).map(_.toString).sinkTo(sink)
    env.execute()
  }
}`,
    },
    {
      name: 'scala: KafkaSink without a guarantee; the fix imports DeliveryGuarantee after the imports',
      code: `import org.apache.flink.connector.kafka.sink.KafkaSink

object Job {
  def main(args: Array[String]): Unit = {
    val env = StreamExecutionEnvironment.getExecutionEnvironment
    env.enableCheckpointing(10000)
    env.fromSequence(1, 10).map(_.toString).sinkTo(KafkaSink.builder[String]().build())
    env.execute()
  }
}`,
      errors: [{ messageId: 'defaultNoGuarantee', line: 7, column: 52, endLine: 7, endColumn: 87 }],
      output: `import org.apache.flink.connector.kafka.sink.KafkaSink
import org.apache.flink.connector.base.DeliveryGuarantee

object Job {
  def main(args: Array[String]): Unit = {
    val env = StreamExecutionEnvironment.getExecutionEnvironment
    env.enableCheckpointing(10000)
    env.fromSequence(1, 10).map(_.toString).sinkTo(KafkaSink.builder[String]().setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE).build())
    env.execute()
  }
}`,
    },
  ],
});
