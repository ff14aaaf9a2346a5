package dev.flinkft.kafka;

/** The job's arguments (--name value pairs); the broker address and topics come from the caller. */
final class PipelineOptions {
    String bootstrap = "kafka:9092";
    String input = "ids-in";
    String output = "ids-out";
    /** The negative control: the sink at AT_LEAST_ONCE (duplicates on replay). Default: EXACTLY_ONCE. */
    boolean atLeastOnce = false;
    long checkpointIntervalMs = 2000;
    String checkpointDir;

    static PipelineOptions parse(String[] args) {
        PipelineOptions o = new PipelineOptions();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) throw new IllegalArgumentException("Missing a value for " + name);
            String value = args[++i];
            switch (name) {
                case "--bootstrap": o.bootstrap = value; break;
                case "--input": o.input = value; break;
                case "--output": o.output = value; break;
                case "--checkpoint-interval-ms": o.checkpointIntervalMs = Long.parseLong(value); break;
                case "--checkpoint-dir": o.checkpointDir = value; break;
                case "--delivery":
                    if (!value.equals("exactly-once") && !value.equals("at-least-once")) {
                        throw new IllegalArgumentException("--delivery is exactly-once or at-least-once, got " + value);
                    }
                    o.atLeastOnce = value.equals("at-least-once");
                    break;
                default: throw new IllegalArgumentException("Unknown argument " + name);
            }
        }
        return o;
    }
}
