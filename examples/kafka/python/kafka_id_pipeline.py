"""The Kafka checkpoint-restore demo in PyFlink 1.20: the Python twin of KafkaIdPipeline.java.

Record ids from an input topic (earliest offsets), a per-id count in keyed state, and every id
written to the output topic as ``{"id": ..., "seen": n}`` by a KafkaSink at EXACTLY_ONCE (a
transactional id prefix, a transaction timeout below the broker's maximum). Checkpoints are
retained on cancel, in the cluster's checkpoint folder unless --checkpoint-dir says otherwise.

The Kafka connector is not part of Flink: put a jar holding it next to this script (the Java
twin's shaded jar does: ``cp ../java/target/kafka-exactly-once-demo-1.0.0.jar .``); flink-ft
ships jars beside a script as pipeline.jars.

    flink run -d -py kafka_id_pipeline.py --bootstrap kafka:9092 --input ids-in --output ids-out
              [--checkpoint-interval-ms 2000] [--checkpoint-dir file:///...]
"""

import argparse
import glob
import json
import os

from pyflink.common import Configuration, SimpleStringSchema, Types, WatermarkStrategy
from pyflink.datastream import CheckpointingMode, StreamExecutionEnvironment
from pyflink.datastream.connectors.base import DeliveryGuarantee
from pyflink.datastream.connectors.kafka import (KafkaOffsetsInitializer, KafkaRecordSerializationSchema,
                                                 KafkaSink, KafkaSource)
from pyflink.datastream.functions import KeyedProcessFunction, RuntimeContext
from pyflink.datastream.state import ValueStateDescriptor


def parse_args(argv=None):
    parser = argparse.ArgumentParser(prog="kafka_id_pipeline.py")
    parser.add_argument("--bootstrap", default="kafka:9092")
    parser.add_argument("--input", default="ids-in")
    parser.add_argument("--output", default="ids-out")
    parser.add_argument("--checkpoint-interval-ms", type=int, default=2000)
    parser.add_argument("--checkpoint-dir", default=None)
    return parser.parse_args(argv)


class SeenCount(KeyedProcessFunction):
    """Passes each id on with how often it was seen, counted in keyed state (restored on recovery)."""

    def open(self, runtime_context: RuntimeContext):
        self.seen = runtime_context.get_state(ValueStateDescriptor("seen", Types.LONG()))

    def process_element(self, value, ctx):
        n = (self.seen.value() or 0) + 1
        self.seen.update(n)
        yield json.dumps({"id": value, "seen": n})


def kafka_id_pipeline(args):
    config = Configuration()
    # Kept when the job is cancelled, so it can be restarted from the newest chk-N. Set as a key:
    # CheckpointConfig.set_externalized_checkpoint_retention() of PyFlink 1.20.5 looks up a Java
    # class that does not exist (Py4JError).
    config.set_string("execution.checkpointing.externalized-checkpoint-retention", "RETAIN_ON_CANCELLATION")
    if args.checkpoint_dir:
        config.set_string("execution.checkpointing.dir", args.checkpoint_dir)
    env = StreamExecutionEnvironment.get_execution_environment(config)
    env.enable_checkpointing(args.checkpoint_interval_ms, CheckpointingMode.EXACTLY_ONCE)
    # The connector's jar beside the script: the Python client needs it on its own classpath to
    # build the source and sink ('-Dpipeline.jars' on 'flink run -py' alone does not reach it).
    jars = sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "*.jar")))
    if jars:
        env.add_jars(*["file://" + jar for jar in jars])

    ids = KafkaSource.builder() \
        .set_bootstrap_servers(args.bootstrap) \
        .set_topics(args.input) \
        .set_group_id("flinkft-kafka-demo-py") \
        .set_starting_offsets(KafkaOffsetsInitializer.earliest()) \
        .set_value_only_deserializer(SimpleStringSchema()) \
        .build()

    counted = env \
        .from_source(ids, WatermarkStrategy.no_watermarks(), "input ids") \
        .uid("input-ids") \
        .key_by(lambda id_: id_, key_type=Types.STRING()) \
        .process(SeenCount(), output_type=Types.STRING()) \
        .uid("count-per-id") \
        .name("count per id")

    counted.sink_to(KafkaSink.builder()
                    .set_bootstrap_servers(args.bootstrap)
                    .set_record_serializer(KafkaRecordSerializationSchema.builder()
                                           .set_topic(args.output)
                                           .set_value_serialization_schema(SimpleStringSchema())
                                           .build())
                    .set_delivery_guarantee(DeliveryGuarantee.EXACTLY_ONCE)
                    # One prefix per output topic: two sinks sharing one would abort each other's transactions.
                    .set_transactional_id_prefix("flinkft-demo-py-" + args.output)
                    # 14 min: above a checkpoint interval + the checkpoint timeout (10 min) + a restart, so Flink commits
                    # before the broker aborts; below the broker's transaction.max.timeout.ms (15 min), or the sink fails at start.
                    .set_property("transaction.timeout.ms", "840000")
                    .build()) \
        .name("output ids") \
        .uid("output-ids")

    env.execute("Kafka id pipeline (PyFlink, exactly-once)")


if __name__ == "__main__":
    kafka_id_pipeline(parse_args())
