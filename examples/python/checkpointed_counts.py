"""A keyed job that is exactly-once end to end: the Python twin of CheckpointedCounts.java.

A replayable sequence source, a running count per key in keyed state, and a FileSink that commits
its files on every completed checkpoint. PyFlink 1.20 wraps no rate-limited generator, so the
source is a NumberSequenceSource (replayable: it checkpoints the remaining ranges) that runs as fast
as the job allows.

    flink run -py checkpointed_counts.py --output /tmp/counts
"""

import argparse

from pyflink.common import Encoder, Types, WatermarkStrategy
from pyflink.datastream import CheckpointingMode, StreamExecutionEnvironment
from pyflink.datastream.connectors.file_system import FileSink
from pyflink.datastream.connectors.number_seq import NumberSequenceSource
from pyflink.datastream.functions import KeyedProcessFunction, RuntimeContext
from pyflink.datastream.state import ValueStateDescriptor


class RunningCount(KeyedProcessFunction):
    """Counts readings per sensor; the count lives in keyed state and survives recovery."""

    def __init__(self):
        self.count = None

    def open(self, runtime_context: RuntimeContext):
        self.count = runtime_context.get_state(ValueStateDescriptor("count", Types.LONG()))

    def process_element(self, sensor, ctx: 'KeyedProcessFunction.Context'):
        following = (self.count.value() or 0) + 1
        self.count.update(following)
        yield f"{sensor},{following}"


def checkpointed_counts(output):
    env = StreamExecutionEnvironment.get_execution_environment()
    env.enable_checkpointing(10_000, CheckpointingMode.EXACTLY_ONCE)
    checkpoints = env.get_checkpoint_config()
    checkpoints.set_min_pause_between_checkpoints(2_000)
    checkpoints.set_checkpoint_timeout(60_000)

    # The next number of each split is part of every checkpoint, so the source replays exactly.
    readings = NumberSequenceSource(0, 2 ** 62)

    sink = FileSink \
        .for_row_format(output, Encoder.simple_string_encoder("UTF-8")) \
        .build()

    env.from_source(readings, WatermarkStrategy.no_watermarks(), "sensor-readings") \
        .map(lambda index: f"sensor-{index % 8}", output_type=Types.STRING()) \
        .key_by(lambda sensor: sensor) \
        .process(RunningCount(), output_type=Types.STRING()) \
        .name("running-count") \
        .sink_to(sink) \
        .name("counts-to-files")

    env.execute("Checkpointed counts")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="checkpointed_counts.py")
    parser.add_argument("--output", default="/tmp/flink-ft-counts")
    checkpointed_counts(parser.parse_args().output)
