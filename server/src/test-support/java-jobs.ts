// Java jobs the language-server tests open, written as real jobs are. Line numbers matter to the
// assertions: keep the text as it is, or update the expected ranges with it.

/** A streaming job that never enables checkpointing (FLINK001 on line 6). */
export const uncheckpointedJob = `package demo;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class Counter {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.fromSequence(1, 1000).map(n -> n * 2).returns(Long.class);
        env.execute("counter");
    }
}
`;

/** The same job with checkpointing enabled: nothing to report. */
export const checkpointedJob = uncheckpointedJob.replace(
  '        env.fromSequence',
  '        env.enableCheckpointing(5000);\n        env.fromSequence',
);
