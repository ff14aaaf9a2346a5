package dev.flinkft.examples;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Reads orders from Kafka, normalises them and writes them back to Kafka with exactly-once
 * delivery. It contains a real mistake: EXACTLY_ONCE without a transactional id prefix, so
 * {@code KafkaSinkBuilder.build()} throws and the job never starts (FLINK003).
 */
public class KafkaPipeline {

    private static final String BROKERS = "kafka:9092";

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.enableCheckpointing(30_000);

        KafkaSource<String> orders = KafkaSource.<String>builder()
                .setBootstrapServers(BROKERS)
                .setTopics("orders")
                .setGroupId("order-normaliser")
                .setStartingOffsets(OffsetsInitializer.earliest())
                .setValueOnlyDeserializer(new SimpleStringSchema())
                .build();

        DataStream<String> normalised = env
                .fromSource(orders, WatermarkStrategy.noWatermarks(), "orders")
                .map(String::trim)
                .filter(line -> !line.isEmpty());

        normalised.sinkTo(KafkaSink.<String>builder()
                .setBootstrapServers(BROKERS)
                .setRecordSerializer(KafkaRecordSerializationSchema.builder()
                        .setTopic("orders-normalised")
                        .setValueSerializationSchema(new SimpleStringSchema())
                        .build())
                .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
                .build());

        env.execute("Kafka pipeline");
    }
}
