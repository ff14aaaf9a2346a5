"""The fault-tolerance probe in PyFlink (1.20 and 2.3): the Python twin of FaultToleranceProbe.java.

A replayable, rate-limited source of indexes i, keyed by i mod keys; keyed state holds the last
sequence number (i div keys) per key, and one line per record is printed:
``probe key=3 seq=42 status=OK attempt=0`` (see ../README.md for the format and statuses).

Run inside the JobManager container:
    flink run -d -py probe.py [--checkpointing true|false] [--interval-ms 2000] [--keys 4]
                              [--rate 20] [--restart-attempts N] [--parallelism 2] [--hours 2]
"""

import argparse

from pyflink.common import Configuration, Types, WatermarkStrategy
from pyflink.datastream import StreamExecutionEnvironment
from pyflink.datastream.connectors import Source
from pyflink.datastream.functions import KeyedProcessFunction, RuntimeContext
from pyflink.datastream.state import ValueStateDescriptor
from pyflink.java_gateway import get_gateway


def parse_args(argv=None):
    def boolean(text):
        if text not in ("true", "false"):
            raise argparse.ArgumentTypeError(f"must be true or false, got '{text}'")
        return text == "true"

    parser = argparse.ArgumentParser(prog="probe.py")
    parser.add_argument("--checkpointing", type=boolean, default=True)
    parser.add_argument("--interval-ms", type=int, default=2000)
    parser.add_argument("--keys", type=int, default=4)
    parser.add_argument("--rate", type=float, default=20.0)
    parser.add_argument("--restart-attempts", type=int, default=None)
    parser.add_argument("--parallelism", type=int, default=2)
    # PyFlink 1.20 has no unbounded generator: the index list is sized to run this long.
    parser.add_argument("--hours", type=float, default=2.0)
    return parser.parse_args(argv)


def generator_source(count, rate):
    """FLIP-27 DataGeneratorSource built through the JVM gateway.

    PyFlink 1.20 wraps only NumberSequenceSource, which cannot be rate-limited; a Python-side
    throttle would back-pressure the source and stall checkpoint barriers. The Java
    DataGeneratorSource limits the rate at the source and checkpoints just its next index.
    The identity mapping comes from IndexLookupGeneratorFunction over [0, count).
    """
    jvm = get_gateway().jvm
    j_long_type = Types.LONG().get_java_type_info()
    indexes = jvm.java.util.stream.LongStream.range(0, count).boxed() \
        .collect(jvm.java.util.stream.Collectors.toList())
    function = jvm.org.apache.flink.connector.datagen.functions.IndexLookupGeneratorFunction(
        j_long_type, indexes)
    rate_limit = jvm.org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy \
        .perSecond(float(rate))
    j_source = jvm.org.apache.flink.connector.datagen.source.DataGeneratorSource(
        function, count, rate_limit, j_long_type)
    return Source(j_source)


class SequenceCheck(KeyedProcessFunction):
    """Same rules as SequenceCheck.java: OK, GAP, DUPLICATE, RESTART (state empty, seq > 0)."""

    def __init__(self, keys):
        self.keys = keys
        self.last_seq = None
        self.attempt = 0

    def open(self, runtime_context: RuntimeContext):
        self.last_seq = runtime_context.get_state(ValueStateDescriptor("last-seq", Types.LONG()))
        self.attempt = runtime_context.get_attempt_number()

    def process_element(self, value, ctx: 'KeyedProcessFunction.Context'):
        key, seq = value % self.keys, value // self.keys
        last = self.last_seq.value()
        detail = ""
        if last is None:
            status = "OK" if seq == 0 else "RESTART"
            if seq != 0:
                detail = f" expected=0 got={seq}"
            self.last_seq.update(seq)
        elif seq == last + 1:
            status = "OK"
            self.last_seq.update(seq)
        elif seq > last + 1:
            status = "GAP"
            detail = f" expected={last + 1} got={seq}"
            self.last_seq.update(seq)
        else:
            status = "DUPLICATE"
            detail = f" expected={last + 1} got={seq}"
        # print() inside a Python function goes to the TaskManager log, not stdout: the line is
        # emitted instead and the Java print sink writes it to the TaskManager's .out file.
        yield f"probe key={key} seq={seq} status={status}{detail} attempt={self.attempt}"


def main(argv=None):
    options = parse_args(argv)
    config = Configuration()
    if options.checkpointing:
        config.set_string("execution.checkpointing.interval", f"{options.interval_ms} ms")
        # Keep checkpoints of a cancelled job, so it can be restarted from the latest one. Set as
        # a key because CheckpointConfig.set_externalized_checkpoint_retention() of PyFlink 1.20.5
        # looks up a Java class that does not exist (Py4JError).
        config.set_string("execution.checkpointing.externalized-checkpoint-retention",
                          "RETAIN_ON_CANCELLATION")
    if options.restart_attempts is not None:
        # Lets the negative control (checkpointing off) restart after a TaskManager loss.
        config.set_string("restart-strategy.type", "fixed-delay")
        config.set_string("restart-strategy.fixed-delay.attempts", str(options.restart_attempts))
        config.set_string("restart-strategy.fixed-delay.delay", "1 s")
    env = StreamExecutionEnvironment.get_execution_environment(config)
    env.set_parallelism(options.parallelism)
    if options.checkpointing:
        env.enable_checkpointing(options.interval_ms)

    count = max(1, int(options.rate * options.hours * 3600))
    keys = options.keys
    env.from_source(generator_source(count, options.rate), WatermarkStrategy.no_watermarks(),
                    "probe-source", Types.LONG()) \
        .set_parallelism(1) \
        .key_by(lambda index: index % keys, key_type=Types.LONG()) \
        .process(SequenceCheck(keys), output_type=Types.STRING()) \
        .name("sequence-check") \
        .print()
    env.execute("fault-tolerance-probe-python")


if __name__ == "__main__":
    main()
