package dev.flinkft.examples;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.CheckpointingMode;
import org.apache.flink.streaming.api.environment.CheckpointConfig;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * A keyed job that is exactly-once end to end: a replayable generator source, a running count per
 * key in keyed state, and a FileSink that commits its files on every completed checkpoint.
 *
 * <pre>flink run -c dev.flinkft.examples.CheckpointedCounts flink-ft-examples-1.0.0.jar /tmp/counts</pre>
 */
public class CheckpointedCounts {

    public static void main(String[] args) throws Exception {
        String output = args.length > 0 ? args[0] : "/tmp/flink-ft-counts";

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.enableCheckpointing(10_000, CheckpointingMode.EXACTLY_ONCE);
        CheckpointConfig checkpoints = env.getCheckpointConfig();
        checkpoints.setMinPauseBetweenCheckpoints(2_000);
        checkpoints.setCheckpointTimeout(60_000);

        // Index-based: the next index is part of every checkpoint, so the source replays exactly.
        GeneratorFunction<Long, String> sensorOf = index -> "sensor-" + (index % 8);
        DataGeneratorSource<String> readings =
                new DataGeneratorSource<>(sensorOf, Long.MAX_VALUE, RateLimiterStrategy.perSecond(50), Types.STRING);

        FileSink<String> sink = FileSink
                .forRowFormat(new Path(output), new SimpleStringEncoder<String>("UTF-8"))
                .build();

        env.fromSource(readings, WatermarkStrategy.noWatermarks(), "sensor-readings")
                .keyBy(sensor -> sensor)
                .process(new RunningCount())
                .name("running-count")
                .sinkTo(sink)
                .name("counts-to-files");

        env.execute("Checkpointed counts");
    }

    /** Counts readings per sensor; the count lives in keyed state and survives recovery. */
    public static final class RunningCount extends KeyedProcessFunction<String, String, String> {
        private transient ValueState<Long> count;

        @Override
        public void open(Configuration parameters) {
            count = getRuntimeContext().getState(new ValueStateDescriptor<>("count", Types.LONG));
        }

        @Override
        public void processElement(String sensor, Context ctx, Collector<String> out) throws Exception {
            long next = (count.value() == null ? 0L : count.value()) + 1;
            count.update(next);
            out.collect(sensor + "," + next);
        }
    }
}
