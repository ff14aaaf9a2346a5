"""The classic local-cluster demo in PyFlink: the Python twin of SocketWordCount.java.

Counts words typed into ``nc -lk 9999``. It is not fault-tolerant, on purpose: checkpointing is
never enabled and a socket cannot replay.

PyFlink has no ``socket_text_stream``: the job wraps the Java ``SocketTextStreamFunction`` (what
``socketTextStream`` uses underneath in Java) in a ``SourceFunction``, so it behaves the same.

    flink run -py socket_word_count.py --host localhost --port 9999
"""

import argparse

from pyflink.common import Types
from pyflink.datastream import StreamExecutionEnvironment
from pyflink.datastream.functions import SourceFunction
from pyflink.java_gateway import get_gateway


def socket_source(host, port):
    jvm = get_gateway().jvm
    return SourceFunction(
        jvm.org.apache.flink.streaming.api.functions.source.SocketTextStreamFunction(host, port, "\n", 0))


def tokenize(line):
    """Splits a line into lower-case words, each counted once."""
    for word in line.lower().split():
        if word:
            yield word, 1


def socket_word_count(host, port):
    env = StreamExecutionEnvironment.get_execution_environment()

    text = env.add_source(socket_source(host, port), "socket", Types.STRING())

    counts = text \
        .flat_map(tokenize, output_type=Types.TUPLE([Types.STRING(), Types.INT()])) \
        .key_by(lambda pair: pair[0]) \
        .sum(1)

    counts.print()

    env.execute("Socket WordCount")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="socket_word_count.py")
    parser.add_argument("--host", default="localhost")
    parser.add_argument("--port", type=int, default=9999)
    options = parser.parse_args()
    socket_word_count(options.host, options.port)
