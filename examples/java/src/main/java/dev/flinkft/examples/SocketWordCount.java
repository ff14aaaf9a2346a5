package dev.flinkft.examples;

import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.Collector;

/**
 * The classic local-cluster demo: counts words typed into {@code nc -lk 9999}. It is not
 * fault-tolerant, on purpose: checkpointing is never enabled and a socket cannot replay.
 *
 * <pre>flink run -c dev.flinkft.examples.SocketWordCount flink-ft-examples-1.0.0.jar --host localhost --port 9999</pre>
 */
public class SocketWordCount {

    public static void main(String[] args) throws Exception {
        String host = args.length > 1 ? args[1] : "localhost";
        int port = args.length > 3 ? Integer.parseInt(args[3]) : 9999;

        final StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStream<String> text = env.socketTextStream(host, port, "\n");

        DataStream<Tuple2<String, Integer>> counts = text
                .flatMap(new Tokenizer())
                .keyBy(value -> value.f0)
                .sum(1);

        counts.print();

        env.execute("Socket WordCount");
    }

    /** Splits lines into lower-case words, each counted once. */
    public static final class Tokenizer implements FlatMapFunction<String, Tuple2<String, Integer>> {
        @Override
        public void flatMap(String line, Collector<Tuple2<String, Integer>> out) {
            for (String word : line.toLowerCase().split("\\W+")) {
                if (!word.isEmpty()) {
                    out.collect(Tuple2.of(word, 1));
                }
            }
        }
    }
}
