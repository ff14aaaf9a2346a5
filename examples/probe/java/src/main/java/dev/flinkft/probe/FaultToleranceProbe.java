package dev.flinkft.probe;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/**
 * The fault-tolerance probe: a replayable, rate-limited source of (key, seq) records, keyed state
 * holding the last seq per key, and one printed status line per record (see ../README.md).
 *
 * <pre>--checkpointing true|false  --interval-ms 2000  --keys 4  --rate 20  --restart-attempts N  --parallelism 2</pre>
 */
public final class FaultToleranceProbe {
    private FaultToleranceProbe() {}

    public static void main(String[] args) throws Exception {
        ProbeOptions options = ProbeOptions.parse(args);
        StreamExecutionEnvironment env = ProbeEnvironment.create(options);

        // FLIP-27 generator: its split position (the next index) is part of every checkpoint.
        DataGeneratorSource<Tuple2<Integer, Long>> source = new DataGeneratorSource<>(
                new IndexToRecord(options.keys),
                Long.MAX_VALUE,
                RateLimiterStrategy.perSecond(options.rate),
                Types.TUPLE(Types.INT, Types.LONG));

        env.fromSource(source, WatermarkStrategy.noWatermarks(), "probe-source")
                // One source subtask keeps each key's sequence in order on its way to the check.
                .setParallelism(1)
                .keyBy(record -> record.f0)
                .process(new SequenceCheck())
                .name("sequence-check")
                .sinkTo(new DiscardingSink<>())
                .name("discard");

        env.execute("fault-tolerance-probe");
    }
}
