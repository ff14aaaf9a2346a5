package dev.flinkft.kafka;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/** Passes each id on with how often it was seen, counted in keyed state (restored on recovery). */
final class SeenCount extends KeyedProcessFunction<String, String, String> {
    private transient ValueState<Long> seen;

    @Override
    public void open(OpenContext context) {
        seen = getRuntimeContext().getState(new ValueStateDescriptor<>("seen", Long.class));
    }

    @Override
    public void processElement(String id, Context ctx, Collector<String> out) throws Exception {
        long n = (seen.value() == null ? 0 : seen.value()) + 1;
        seen.update(n);
        out.collect("{\"id\":\"" + id.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"seen\":" + n + "}");
    }
}
