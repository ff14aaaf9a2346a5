package dev.flinkft.probe;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/**
 * UnreplayableProbe for Flink 2.x, where SourceFunction is gone: the same records and checks, but
 * the generator ignores the index the source checkpoints and counts in a plain field instead. After
 * a restart the keyed state comes back while the count starts over at 0, so the output shows
 * DUPLICATE lines: a recovery check must catch this as "the source started over". Do not copy this.
 */
public final class UnreplayableGeneratorProbe {
    private UnreplayableGeneratorProbe() {}

    public static void main(String[] args) throws Exception {
        ProbeOptions options = ProbeOptions.parse(args);
        StreamExecutionEnvironment env = ProbeEnvironment.create(options);

        DataGeneratorSource<Tuple2<Integer, Long>> source = new DataGeneratorSource<>(
                new ForgetfulGenerator(options.keys),
                Long.MAX_VALUE,
                RateLimiterStrategy.perSecond(options.rate),
                Types.TUPLE(Types.INT, Types.LONG));

        env.fromSource(source, WatermarkStrategy.noWatermarks(), "unreplayable-source")
                .setParallelism(1)
                .keyBy(record -> record.f0)
                .process(new SequenceCheck())
                .name("sequence-check")
                .sinkTo(new DiscardingSink<>())
                .name("discard");

        env.execute("unreplayable-probe");
    }

    /** Counts in a field no checkpoint stores: a restored source gets a fresh instance at 0. */
    static final class ForgetfulGenerator implements GeneratorFunction<Long, Tuple2<Integer, Long>> {
        private static final long serialVersionUID = 1L;
        private final int keys;
        private long next;

        ForgetfulGenerator(int keys) {
            this.keys = keys;
        }

        @Override
        public Tuple2<Integer, Long> map(Long ignoredIndex) {
            long index = next++;
            return Tuple2.of((int) (index % keys), index / keys);
        }
    }
}
