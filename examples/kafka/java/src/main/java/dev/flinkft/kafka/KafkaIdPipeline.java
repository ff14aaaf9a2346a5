package dev.flinkft.kafka;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.sink.KafkaSinkBuilder;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.CheckpointingMode;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The Kafka checkpoint-restore demo: record ids from an input topic (earliest offsets), a per-id
 * count kept in keyed state, and every id written to the output topic as {@code {"id":..,"seen":n}}
 * by a KafkaSink. At EXACTLY_ONCE the sink writes in Kafka transactions committed on each completed
 * checkpoint, so a read_committed consumer sees every id once across a crash; at AT_LEAST_ONCE
 * (the negative control) records written after the last checkpoint are written again on replay.
 *
 * Arguments: --bootstrap kafka:9092 --input ids-in --output ids-out [--delivery exactly-once|at-least-once]
 * [--checkpoint-interval-ms 2000] [--checkpoint-dir file:///...] (default: the cluster's checkpoint dir).
 */
public class KafkaIdPipeline {

    public static void main(String[] args) throws Exception {
        PipelineOptions options = PipelineOptions.parse(args);

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.enableCheckpointing(options.checkpointIntervalMs, CheckpointingMode.EXACTLY_ONCE);
        // Kept when the job is cancelled, so it can be restarted from the newest chk-N.
        env.getCheckpointConfig().setExternalizedCheckpointRetention(ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
        if (options.checkpointDir != null) env.getCheckpointConfig().setCheckpointStorage(options.checkpointDir);

        KafkaSource<String> ids = KafkaSource.<String>builder()
                .setBootstrapServers(options.bootstrap)
                .setTopics(options.input)
                .setGroupId("flinkft-kafka-demo")
                .setStartingOffsets(OffsetsInitializer.earliest())
                .setValueOnlyDeserializer(new SimpleStringSchema())
                .build();

        DataStream<String> counted = env
                .fromSource(ids, WatermarkStrategy.noWatermarks(), "input ids")
                .uid("input-ids")
                .keyBy(id -> id)
                .process(new SeenCount())
                .uid("count-per-id")
                .name("count per id");

        KafkaSinkBuilder<String> sink = KafkaSink.<String>builder()
                .setBootstrapServers(options.bootstrap)
                .setRecordSerializer(KafkaRecordSerializationSchema.builder()
                        .setTopic(options.output)
                        .setValueSerializationSchema(new SimpleStringSchema())
                        .build())
                .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
                // One prefix per output topic: two sinks sharing one would abort each other's transactions.
                .setTransactionalIdPrefix("flinkft-demo-" + options.output)
                // 14 min: above a checkpoint interval + the checkpoint timeout (10 min) + a restart, so Flink commits
                // before the broker aborts; below the broker's transaction.max.timeout.ms (15 min), or the sink fails at start.
                .setProperty("transaction.timeout.ms", "840000");
        // The negative control (--delivery at-least-once): replays after a crash write records again.
        // FLINK003 warns about this line, as it should: on that path the job promises more than the sink gives.
        if (options.atLeastOnce) sink.setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE);

        counted.sinkTo(sink.build()).name("output ids").uid("output-ids");

        env.execute("Kafka id pipeline (" + (options.atLeastOnce ? "at-least-once" : "exactly-once") + ")");
    }
}
