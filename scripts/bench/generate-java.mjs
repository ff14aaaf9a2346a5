// Generates realistic Java sources for the benchmark: Flink jobs of a chosen length (operators,
// helper methods, POJOs) and plain classes, deterministically so runs are comparable.

/** A small deterministic PRNG (mulberry32), so every run generates the same code. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const IMPORTS = `import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.CheckpointingMode;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import java.util.ArrayList;
import java.util.List;
`;

function helperMethod(i, rnd) {
  const n = 1 + Math.floor(rnd() * 5);
  const body = [];
  for (let k = 0; k < n; k++) body.push(`        total += values.get(${k} % values.size()) * ${k + i};`);
  return [
    `    /** Scores a batch of values (helper ${i}). */`,
    `    static long score${i}(List<Long> values) {`,
    `        long total = 0;`,
    ...body,
    `        if (total > ${1000 + i}) {`,
    `            return total / 2;`,
    `        }`,
    `        return total;`,
    `    }`,
    ``,
  ];
}

function operatorBlock(i) {
  return [
    `        stream = stream`,
    `                .map(new MapFunction<String, String>() {`,
    `                    @Override`,
    `                    public String map(String value) {`,
    `                        return value.trim() + "-${i}";`,
    `                    }`,
    `                })`,
    `                .filter(value -> value.length() > ${i % 17})`,
    `                .name("step-${i}");`,
  ];
}

/**
 * A Flink job of about `lines` lines. `checkpointed` decides whether FLINK001 fires; `sink` is
 * 'kafka-exactly-once' (fault-tolerant), 'print' (at-least-once) or 'kafka-at-least-once'.
 */
export function javaJob({ pkg = 'com.example.jobs', className, lines, checkpointed, sink = 'kafka-exactly-once', seed = 1 }) {
  const rnd = random(seed);
  const head = [`package ${pkg};`, '', ...IMPORTS.trimEnd().split('\n'), '', `public class ${className} {`, ''];
  const mainStart = [
    `    public static void main(String[] args) throws Exception {`,
    `        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();`,
    ...(checkpointed ? [`        env.enableCheckpointing(10_000, CheckpointingMode.EXACTLY_ONCE);`] : []),
    `        KafkaSource<String> source = KafkaSource.<String>builder()`,
    `                .setBootstrapServers("kafka:9092")`,
    `                .setTopics("${className.toLowerCase()}-in")`,
    `                .setStartingOffsets(OffsetsInitializer.earliest())`,
    `                .setValueOnlyDeserializer(new SimpleStringSchema())`,
    `                .build();`,
    `        DataStream<String> stream = env.fromSource(source, WatermarkStrategy.noWatermarks(), "in");`,
  ];
  const sinkLines =
    sink === 'print'
      ? [`        stream.print();`]
      : [
          `        stream.sinkTo(KafkaSink.<String>builder()`,
          `                .setBootstrapServers("kafka:9092")`,
          `                .setRecordSerializer(KafkaRecordSerializationSchema.builder()`,
          `                        .setTopic("${className.toLowerCase()}-out")`,
          `                        .setValueSerializationSchema(new SimpleStringSchema())`,
          `                        .build())`,
          sink === 'kafka-at-least-once'
            ? `                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)`
            : `                .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)`,
          ...(sink === 'kafka-at-least-once' ? [] : [`                .setTransactionalIdPrefix("${className.toLowerCase()}")`]),
          `                .build());`,
        ];
  const mainEnd = [...sinkLines, `        env.execute("${className}");`, `    }`, ``];
  const tail = [`}`, ``];

  const fixed = head.length + mainStart.length + mainEnd.length + tail.length;
  const ops = [];
  const helpers = [];
  let i = 0;
  // Alternate operator blocks (inside main) and helper methods until the budget is used.
  while (fixed + ops.length + helpers.length < lines) {
    if (i % 3 === 0) ops.push(...operatorBlock(i));
    else helpers.push(...helperMethod(i, rnd));
    i++;
  }
  return [...head, ...mainStart, ...ops, ...mainEnd, ...helpers, ...tail].join('\n');
}

/** A plain (non-Flink) class of about `lines` lines: a POJO with accessors. */
export function javaPlainClass({ pkg = 'com.example.model', className, lines }) {
  const out = [`package ${pkg};`, '', `import java.util.Objects;`, '', `public final class ${className} {`];
  let i = 0;
  while (out.length + 12 < lines) {
    out.push(
      `    private String field${i};`,
      ``,
      `    public String getField${i}() {`,
      `        return field${i};`,
      `    }`,
      ``,
      `    public void setField${i}(String value) {`,
      `        this.field${i} = Objects.requireNonNull(value, "field${i}");`,
      `    }`,
      ``,
    );
    i++;
  }
  out.push(`    @Override`, `    public String toString() {`, `        return "${className}";`, `    }`, `}`, ``);
  return out.join('\n');
}

/** Where the benchmarks type: inside the job name string of `env.execute("...")`. */
export function typeAtExecute(text) {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes('env.execute("'));
  return { line, character: lines[line].indexOf('env.execute("') + 'env.execute("'.length };
}

/**
 * A class of `methods` static methods, each making `calls` calls to other methods of the class
 * (the shape of generated code), plus a job in `main`: the cost of calls × methods.
 */
export function javaCallsTimesMethods({ pkg = 'com.example.generated', className, methods, calls, seed = 7 }) {
  const rnd = random(seed);
  const out = [`package ${pkg};`, '', ...IMPORTS.trimEnd().split('\n'), '', `public class ${className} {`];
  out.push(
    `    public static void main(String[] args) throws Exception {`,
    `        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();`,
    `        env.fromSequence(1, 10).map(x -> m0(x)).print();`,
    `        env.execute("${className}");`,
    `    }`,
  );
  for (let i = 0; i < methods; i++) {
    out.push(`    static long m${i}(long x) {`, `        long total = x;`);
    for (let k = 0; k < calls; k++) out.push(`        total += m${Math.floor(rnd() * methods)}(total + ${k});`);
    out.push(`        return total;`, `    }`);
  }
  out.push(`}`, ``);
  return out.join('\n');
}
