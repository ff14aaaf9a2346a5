package dev.flinkft.probe;

import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import java.time.Duration;

/** The execution environment both probes share: checkpointing and restarts from the options. */
final class ProbeEnvironment {
    private ProbeEnvironment() {}

    static StreamExecutionEnvironment create(ProbeOptions options) {
        Configuration conf = new Configuration();
        if (options.restartAttempts != null) {
            // Lets the negative control (checkpointing off) still restart after a TaskManager loss;
            // without checkpointing Flink's default strategy is 'disable' and the job would just fail.
            conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
            conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, options.restartAttempts);
            conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofSeconds(1));
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        env.setParallelism(options.parallelism);
        if (options.checkpointing) {
            env.enableCheckpointing(options.intervalMs);
            // Keep checkpoints of a cancelled job, so it can be restarted from the latest one.
            env.getCheckpointConfig().setExternalizedCheckpointRetention(ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
        }
        return env;
    }
}
