import { RuleTester } from '../rule-tester.js';
import rule from './non-replayable-source.js';
import { javaJob, scalaJob } from './test-support/job-source.js';

const ruleTester = new RuleTester({ language: 'java' });

ruleTester.run(rule, {
  valid: [
    javaJob(`
    env.enableCheckpointing(10_000);
    KafkaSource<String> source = KafkaSource.<String>builder()
        .setBootstrapServers("kafka:9092")
        .setTopics("input")
        .setValueOnlyDeserializer(new SimpleStringSchema())
        .build();
    env.fromSource(source, WatermarkStrategy.noWatermarks(), "kafka").print();
    env.execute();
`, { comment: 'KafkaSource built in a variable and added with fromSource' }),
    javaJob(`
    env.enableCheckpointing(1000);
    env.addSource(new CounterSource()).print();
    env.execute();
`, { comment: 'a custom RichParallelSourceFunction that checkpoints its offset', members: `
  static class CounterSource extends RichParallelSourceFunction<Long> implements CheckpointedFunction {
    private volatile boolean running = true;
    private long offset;
    public void run(SourceContext<Long> ctx) {
      while (running) {
        synchronized (ctx.getCheckpointLock()) { ctx.collect(offset++); }
      }
    }
    public void cancel() { running = false; }
    public void snapshotState(FunctionSnapshotContext context) {}
    public void initializeState(FunctionInitializationContext context) {}
  }
` }),
    `// a subclass of a checkpointed custom source inherits its state handling
public class Job {
  static abstract class Base implements SourceFunction<String>, ListCheckpointed<Long> {}
  static class Lines extends Base {
    public void run(SourceContext<String> ctx) {}
    public void cancel() {}
  }
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.enableCheckpointing(1000);
    env.addSource(new Lines()).print();
    env.execute();
  }
}`,
    javaJob(`
    env.enableCheckpointing(1000);
    // env.socketTextStream("localhost", 9999)
    String demo = "env.socketTextStream(\\"localhost\\", 9999)";
    env.fromSequence(1, 100).print();
    env.execute(demo);
`, { comment: 'socketTextStream in a comment or a string is not a source' }),
    javaJob(`
    env.enableCheckpointing(1000);
    JdbcSource<Row> source = JdbcSource.<Row>builder()
        .setSql("select * from orders")
        .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
        .build();
    env.fromSource(source, WatermarkStrategy.noWatermarks(), "jdbc").print();
    env.execute();
`, { comment: 'JdbcSource with a delivery guarantee replays its result set' }),
    {
      name: 'without checkpointing nothing is recovered at all: FLINK001 reports, not this rule',
      code: javaJob(`
    env.socketTextStream("localhost", 9999).print();
    env.addSource(new Sensors()).print();
    env.execute();
`, { name: 'SocketWordCount', members: `
  static class Sensors extends RichSourceFunction<Double> {
    public void run(SourceContext<Double> ctx) {}
    public void cancel() {}
  }
` }),
    },
    {
      name: 'checkpointing enabled and then undone: FLINK001 reports the disableCheckpointing() call',
      code: javaJob(`
    env.enableCheckpointing(1000);
    env.getCheckpointConfig().disableCheckpointing();
    env.socketTextStream("localhost", 9999).print();
    env.execute();
`),
    },
    `// a custom SourceFunction that is declared but never added
public class Job {
  static class Unused implements SourceFunction<String> {
    public void run(SourceContext<String> ctx) {}
    public void cancel() {}
  }
}`,
  ],
  invalid: [
    {
      name: 'a custom source added to an environment made in another file',
      code: `public class UnreplayableProbe {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = ProbeEnvironment.create(args);
    env.addSource(new ForgetfulSource(), "unreplayable-source").keyBy(r -> r.f0).print();
    env.execute("unreplayable-probe");
  }

  static final class ForgetfulSource implements SourceFunction<Long> {
    public void run(SourceContext<Long> ctx) {}
    public void cancel() {}
  }
}`,
      errors: [{ messageId: 'uncheckpointedCustomSource', line: 4, column: 9, endLine: 4, endColumn: 64, messageIncludes: 'ForgetfulSource extends SourceFunction' }],
    },
    {
      name: 'the classic socket word count reads from a socket',
      code: `public class SocketWordCount {
  public static void main(String[] args) throws Exception {
    final StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.enableCheckpointing(5000);
    DataStream<String> text = env.socketTextStream("localhost", 9999, "\\n");
    text.flatMap(new Tokenizer()).keyBy(t -> t.f0).sum(1).print();
    env.execute("Socket WordCount");
  }
}`,
      errors: [{ messageId: 'atMostOnceSource', line: 5, column: 35, endLine: 5, endColumn: 76, messageIncludes: 'socketTextStream cannot replay' }],
    },
    {
      name: 'a custom RichSourceFunction without checkpointed state, added through a local variable',
      code: javaJob(`
    env.enableCheckpointing(1000);
    SensorSource sensors = new SensorSource();
    env.addSource(sensors, "sensors")
        .keyBy(r -> r.id)
        .print();
    env.execute();
`, { after: `

class SensorSource extends RichSourceFunction<Reading> {
  private volatile boolean running = true;
  public void run(SourceContext<Reading> ctx) { while (running) ctx.collect(Reading.random()); }
  public void cancel() { running = false; }
}` }),
      errors: [{ messageId: 'uncheckpointedCustomSource', line: 6, column: 9, endLine: 6, endColumn: 38, messageIncludes: 'SensorSource extends RichSourceFunction' }],
    },
    {
      name: 'an anonymous SourceFunction is never checkpointed',
      code: javaJob(`
    env.enableCheckpointing(1000);
    env.addSource(new SourceFunction<String>() {
      public void run(SourceContext<String> ctx) { ctx.collect("tick"); }
      public void cancel() {}
    }).print();
    env.execute();
`),
      errors: [{ messageId: 'uncheckpointedCustomSource', line: 5, column: 9, endLine: 8, endColumn: 7, messageIncludes: 'The anonymous SourceFunction' }],
    },
    {
      name: 'a ParallelSourceFunction subclass of a subclass, inside a helper that receives the environment',
      code: javaJob(`
    env.enableCheckpointing(1000);
    buildPipeline(env);
    env.execute();
`, { members: `
  static void buildPipeline(StreamExecutionEnvironment env) {
    env.addSource(new FastClicks()).print();
  }

  static class Clicks implements ParallelSourceFunction<String> {
    public void run(SourceContext<String> ctx) {}
    public void cancel() {}
  }
  static class FastClicks extends Clicks {}
` }),
      errors: [{ messageId: 'uncheckpointedCustomSource', line: 10, column: 9, endLine: 10, endColumn: 36, messageIncludes: 'FastClicks extends ParallelSourceFunction' }],
    },
    {
      name: 'JdbcSource is at-most-once by default',
      code: javaJob(`
    env.enableCheckpointing(1000);
    env.fromSource(JdbcSource.<Row>builder().setSql("select 1").build(), WatermarkStrategy.noWatermarks(), "jdbc")
        .print();
    env.execute();
`),
      errors: [{ messageId: 'atMostOnceSource', line: 5, column: 9, endLine: 5, endColumn: 115, messageIncludes: 'JdbcSource cannot replay' }],
    },
  ],
});

// PyFlink (issue 6): PyFlink has no socket_text_stream; jobs reach the Java socket source through the gateway.
new RuleTester({ language: 'python' }).run(rule, {
  valid: [
    {
      name: 'python: replayable sources (collection, Kafka, number sequence, legacy FlinkKafkaConsumer)',
      code: `env = StreamExecutionEnvironment.get_execution_environment()
env.from_collection([1, 2, 3]).print()
env.from_source(KafkaSource.builder().set_topics("in").build(), WatermarkStrategy.no_watermarks(), "kafka").print()
env.from_source(NumberSequenceSource(1, 100), WatermarkStrategy.no_watermarks(), "seq").print()
env.add_source(FlinkKafkaConsumer(["in"], SimpleStringSchema(), props)).print()
env.execute()
`,
    },
    {
      name: 'python: a socket source in a job without checkpointing (FLINK001 reports)',
      code: `from pyflink.java_gateway import get_gateway

env = StreamExecutionEnvironment.get_execution_environment()
jvm = get_gateway().jvm
socket = jvm.org.apache.flink.streaming.api.functions.source.SocketTextStreamFunction("localhost", 9999, "\\n", 0)
env.add_source(SourceFunction(socket)).print()
env.execute()
`,
    },
    {
      name: 'python: a socket source named only in a comment or a string',
      code: `env = StreamExecutionEnvironment.get_execution_environment()
# env.add_source(SourceFunction(jvm.SocketTextStreamFunction("localhost", 9999, "\\n", 0)))
name = "SocketTextStreamFunction"
env.from_collection([name]).print()
env.execute()
`,
    },
  ],
  invalid: [
    {
      name: 'python: the Java SocketTextStreamFunction wrapped in a SourceFunction, built in a helper',
      code: `from pyflink.datastream.functions import SourceFunction
from pyflink.java_gateway import get_gateway


def socket_source(host, port):
    jvm = get_gateway().jvm
    return SourceFunction(jvm.org.apache.flink.streaming.api.functions.source.SocketTextStreamFunction(host, port, "\\n", 0))


env = StreamExecutionEnvironment.get_execution_environment()
env.enable_checkpointing(5000)
env.add_source(socket_source("localhost", 9999)).print()
env.execute()
`,
      errors: [{ messageId: 'atMostOnceSource', line: 12, column: 5, endLine: 12, endColumn: 49, messageIncludes: 'socketTextStream cannot replay' }],
    },
  ],
});

/** A Scala source that keeps no checkpointed position. */
const scalaMySource = `class MySource extends SourceFunction[String] {
  override def run(ctx: SourceFunction.SourceContext[String]): Unit = {}
  override def cancel(): Unit = {}
}
`;

// Scala (issue 6): socketTextStream and custom SourceFunction classes, with and without CheckpointedFunction.
new RuleTester({ language: 'scala' }).run(rule, {
  valid: [
    {
      name: 'scala: a custom source that mixes in CheckpointedFunction',
      code: scalaJob(`
    env.enableCheckpointing(1000)
    env.addSource(new CountingSource).print()
    env.execute()
`, { before: `class CountingSource extends RichSourceFunction[Long] with CheckpointedFunction {
  override def run(ctx: SourceFunction.SourceContext[Long]): Unit = {}
  override def cancel(): Unit = {}
}

` }),
    },
    {
      name: 'scala: socketTextStream and a custom source in a job without checkpointing (FLINK001 reports)',
      code: `${scalaMySource}
object Job {
  def main(args: Array[String]): Unit = {
    val env = StreamExecutionEnvironment.getExecutionEnvironment
    env.socketTextStream("localhost", 9999).print()
    env.addSource(new MySource()).print()
    env.execute()
  }
}`,
    },
    {
      name: 'scala: replayable sources (fromElements, KafkaSource)',
      code: scalaJob(`
    env.fromElements(1, 2, 3).print()
    env.fromSource(KafkaSource.builder[String]().build(), WatermarkStrategy.noWatermarks[String](), "in").print()
    env.execute()
`),
    },
  ],
  invalid: [
    {
      name: 'scala: socketTextStream on the legacy Scala API',
      code: scalaJob(`
    env.enableCheckpointing(5000)
    env.socketTextStream("localhost", 9999).print()
    env.execute()
`, { before: `import org.apache.flink.streaming.api.scala._

` }),
      errors: [{ messageId: 'atMostOnceSource', line: 7, column: 9, endLine: 7, endColumn: 44 }],
    },
    {
      name: 'scala: a custom SourceFunction class without CheckpointedFunction, and an anonymous one',
      code: `${scalaMySource}
object Job {
  def main(args: Array[String]): Unit = {
    val env = StreamExecutionEnvironment.getExecutionEnvironment
    env.enableCheckpointing(5000)
    env.addSource(new MySource()).print()
    env.addSource(new RichParallelSourceFunction[String] {
      override def run(ctx: SourceFunction.SourceContext[String]): Unit = {}
      override def cancel(): Unit = {}
    }).print()
    env.execute()
  }
}`,
      errors: [
        { messageId: 'uncheckpointedCustomSource', line: 10, column: 9, endLine: 10, endColumn: 34, messageIncludes: 'MySource extends SourceFunction' },
        { messageId: 'uncheckpointedCustomSource', line: 11, column: 9, endLine: 14, endColumn: 7, messageIncludes: 'The anonymous RichParallelSourceFunction' },
      ],
    },
  ],
});
