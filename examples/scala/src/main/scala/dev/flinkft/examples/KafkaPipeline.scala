package dev.flinkft.examples

import org.apache.flink.api.common.eventtime.WatermarkStrategy
import org.apache.flink.api.common.serialization.SimpleStringSchema
import org.apache.flink.connector.base.DeliveryGuarantee
import org.apache.flink.connector.kafka.sink.{KafkaRecordSerializationSchema, KafkaSink}
import org.apache.flink.connector.kafka.source.KafkaSource
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment

/**
 * Reads orders from Kafka, normalises them and writes them back to Kafka with exactly-once
 * delivery: the Scala twin of KafkaPipeline.java, with the same real mistake (EXACTLY_ONCE
 * without a transactional id prefix, so `build()` throws and the job never starts: FLINK003).
 */
object KafkaPipeline {

  private val Brokers = "kafka:9092"

  def main(args: Array[String]): Unit = {
    val env = StreamExecutionEnvironment.getExecutionEnvironment
    env.enableCheckpointing(30000)

    val orders = KafkaSource.builder[String]()
      .setBootstrapServers(Brokers)
      .setTopics("orders")
      .setGroupId("order-normaliser")
      .setStartingOffsets(OffsetsInitializer.earliest())
      .setValueOnlyDeserializer(new SimpleStringSchema())
      .build()

    val normalised = env
      .fromSource(orders, WatermarkStrategy.noWatermarks[String](), "orders")
      .map((line: String) => line.trim)
      .filter((line: String) => line.nonEmpty)

    normalised.sinkTo(KafkaSink.builder[String]()
      .setBootstrapServers(Brokers)
      .setRecordSerializer(KafkaRecordSerializationSchema.builder[String]()
        .setTopic("orders-normalised")
        .setValueSerializationSchema(new SimpleStringSchema())
        .build())
      .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
      .build())

    env.execute("Kafka pipeline")
  }
}
