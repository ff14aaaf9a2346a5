// Java jobs the language-server tests open, written as real jobs are. Line numbers matter to the
// assertions: keep the text as it is, or update the expected ranges with it.

/** A streaming job that never enables checkpointing (FLINK001 on line 6). */
export const uncheckpointedJob = `package demo;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class Counter {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.fromSequence(1, 1000).uid("numbers").map(n -> n * 2).returns(Long.class);
        env.execute("counter");
    }
}
`;

/** The same job with checkpointing enabled: nothing to report. */
export const checkpointedJob = uncheckpointedJob.replace(
  '        env.fromSequence',
  '        env.enableCheckpointing(5000);\n        env.fromSequence',
);

/** Checkpointed in exactly-once mode, but reads a socket (FLINK002) and prints (FLINK003). */
export const socketJob = `package demo;

import org.apache.flink.streaming.api.CheckpointingMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class SocketWordCount {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.enableCheckpointing(5000, CheckpointingMode.EXACTLY_ONCE);
        env.socketTextStream("localhost", 9999)
            .print();
        env.execute("socket word count");
    }
}
`;

/** Kafka in, Kafka out, checkpointed, but the KafkaSink has no delivery guarantee (FLINK003 on lines 21-27). */
export const kafkaJob = `package demo;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class KafkaJob {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.enableCheckpointing(10000);
        KafkaSource<String> source = KafkaSource.<String>builder()
            .setBootstrapServers("kafka:9092")
            .setTopics("in")
            .setStartingOffsets(OffsetsInitializer.earliest())
            .setValueOnlyDeserializer(new SimpleStringSchema())
            .build();
        KafkaSink<String> sink = KafkaSink.<String>builder()
            .setBootstrapServers("kafka:9092")
            .setRecordSerializer(KafkaRecordSerializationSchema.builder()
                .setTopic("out")
                .setValueSerializationSchema(new SimpleStringSchema())
                .build())
            .build();
        env.fromSource(source, WatermarkStrategy.noWatermarks(), "in").uid("in")
            .sinkTo(sink);
        env.execute("kafka");
    }
}
`;

/** A helper class of another file: `create()` returns an environment that checkpoints every 10 s (line 4). */
export function checkpointedFactory(className: string): string {
  return `public final class ${className} {
  public static StreamExecutionEnvironment create() {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.enableCheckpointing(10_000);
    return env;
  }
}`;
}
