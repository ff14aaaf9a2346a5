"""Reads orders from Kafka, normalises them and writes them back: the Python twin of KafkaPipeline.java.

It contains the same real mistake: EXACTLY_ONCE without a transactional id prefix, so the sink
builder's ``build()`` throws and the job never starts (FLINK003).

    flink run -py kafka_pipeline.py
"""

from pyflink.common import SimpleStringSchema, Types, WatermarkStrategy
from pyflink.datastream import StreamExecutionEnvironment
from pyflink.datastream.connectors.base import DeliveryGuarantee
from pyflink.datastream.connectors.kafka import (KafkaOffsetsInitializer, KafkaRecordSerializationSchema,
                                                 KafkaSink, KafkaSource)

BROKERS = "kafka:9092"


def kafka_pipeline():
    env = StreamExecutionEnvironment.get_execution_environment()
    env.enable_checkpointing(30_000)

    orders = KafkaSource.builder() \
        .set_bootstrap_servers(BROKERS) \
        .set_topics("orders") \
        .set_group_id("order-normaliser") \
        .set_starting_offsets(KafkaOffsetsInitializer.earliest()) \
        .set_value_only_deserializer(SimpleStringSchema()) \
        .build()

    normalised = env \
        .from_source(orders, WatermarkStrategy.no_watermarks(), "orders") \
        .map(lambda line: line.strip(), output_type=Types.STRING()) \
        .filter(lambda line: line != "")

    normalised.sink_to(KafkaSink.builder()
                       .set_bootstrap_servers(BROKERS)
                       .set_record_serializer(KafkaRecordSerializationSchema.builder()
                                              .set_topic("orders-normalised")
                                              .set_value_serialization_schema(SimpleStringSchema())
                                              .build())
                       .set_delivery_guarantee(DeliveryGuarantee.EXACTLY_ONCE)
                       .build())

    env.execute("Kafka pipeline")


if __name__ == "__main__":
    kafka_pipeline()
