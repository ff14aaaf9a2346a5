package dev.flinkft.probe;

import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.streaming.api.functions.source.SourceFunction;

/**
 * The probe's deliberately broken twin: same records, same checks, but its source keeps its
 * position in a plain field that no checkpoint stores. After a restart the keyed state comes back
 * while the source starts over at index 0, so the output shows DUPLICATE lines: a recovery check
 * must catch this as "the source started over". Do not copy this source.
 */
public final class UnreplayableProbe {
    private UnreplayableProbe() {}

    public static void main(String[] args) throws Exception {
        ProbeOptions options = ProbeOptions.parse(args);
        StreamExecutionEnvironment env = ProbeEnvironment.create(options);

        env.addSource(new ForgetfulSource(options.keys, options.rate), "unreplayable-source")
                .setParallelism(1)
                .keyBy(record -> record.f0)
                .process(new SequenceCheck())
                .name("sequence-check")
                .sinkTo(new DiscardingSink<>())
                .name("discard");

        env.execute("unreplayable-probe");
    }

    /** A SourceFunction without CheckpointedFunction: its index is lost on every restart. */
    static final class ForgetfulSource implements SourceFunction<Tuple2<Integer, Long>> {
        private static final long serialVersionUID = 1L;
        private final int keys;
        private final double rate;
        private volatile boolean running = true;

        ForgetfulSource(int keys, double rate) {
            this.keys = keys;
            this.rate = rate;
        }

        @Override
        public void run(SourceContext<Tuple2<Integer, Long>> ctx) throws Exception {
            long index = 0;
            long pauseNanos = (long) (1_000_000_000L / rate);
            long next = System.nanoTime();
            while (running) {
                synchronized (ctx.getCheckpointLock()) {
                    ctx.collect(Tuple2.of((int) (index % keys), index / keys));
                    index++;
                }
                next += pauseNanos;
                long wait = next - System.nanoTime();
                if (wait > 0) Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
            }
        }

        @Override
        public void cancel() {
            running = false;
        }
    }
}
