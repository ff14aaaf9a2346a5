package dev.flinkft.probe;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keeps the last sequence number per key in keyed state and prints one line per record:
 * {@code probe key=3 seq=42 status=OK attempt=0}, with {@code expected=.. got=..} for GAP and
 * DUPLICATE. Because state and source position are restored from the same checkpoint, a job that
 * recovers correctly only ever prints OK; anything else names what went wrong.
 */
final class SequenceCheck extends KeyedProcessFunction<Integer, Tuple2<Integer, Long>, String> {
    private static final long serialVersionUID = 1L;

    private transient ValueState<Long> lastSeq;
    private transient int attempt;

    @Override
    public void open(OpenContext openContext) {
        lastSeq = getRuntimeContext().getState(new ValueStateDescriptor<>("last-seq", Long.class));
        // Attempt > 0 means Flink restarted this task: useful context next to each status.
        attempt = getRuntimeContext().getTaskInfo().getAttemptNumber();
    }

    @Override
    public void processElement(Tuple2<Integer, Long> record, Context ctx, Collector<String> out) throws Exception {
        long seq = record.f1;
        Long last = lastSeq.value();
        String status;
        String detail = "";
        if (last == null) {
            // Empty state is right only for a key's very first record.
            status = seq == 0 ? "OK" : "RESTART";
            if (seq != 0) detail = " expected=0 got=" + seq;
            lastSeq.update(seq);
        } else if (seq == last + 1) {
            status = "OK";
            lastSeq.update(seq);
        } else if (seq > last + 1) {
            status = "GAP";
            detail = " expected=" + (last + 1) + " got=" + seq;
            lastSeq.update(seq);
        } else {
            // Never move backwards: a source that started over keeps reporting until it catches up.
            status = "DUPLICATE";
            detail = " expected=" + (last + 1) + " got=" + seq;
        }
        String line = "probe key=" + record.f0 + " seq=" + seq + " status=" + status + detail + " attempt=" + attempt;
        // System.out is what ends up in the TaskManager's .out file. Flush each line: on Flink 2.3 the
        // TaskManager's System.out does not flush on println, and a SIGKILL loses what it buffered.
        System.out.println(line);
        System.out.flush();
        out.collect(line);
    }
}
