package dev.flinkft.probe;

import java.util.HashMap;
import java.util.Map;

/**
 * Command-line options of the probe jobs: {@code --name value} pairs. Parsed by hand rather than
 * with ParameterTool so the probe compiles unchanged against Flink 1.20 and 2.x.
 */
final class ProbeOptions {
    final boolean checkpointing;
    final long intervalMs;
    final int keys;
    final double rate;
    /** Absent: the cluster's restart strategy applies. */
    final Integer restartAttempts;
    final int parallelism;

    private ProbeOptions(Map<String, String> values) {
        checkpointing = parseBoolean(values, "checkpointing", true);
        intervalMs = parseLong(values, "interval-ms", 2000L, 10L);
        keys = (int) parseLong(values, "keys", 4L, 1L);
        rate = parseDouble(values, "rate", 20.0);
        restartAttempts = values.containsKey("restart-attempts") ? (int) parseLong(values, "restart-attempts", 0L, 0L) : null;
        parallelism = (int) parseLong(values, "parallelism", 2L, 1L);
    }

    static ProbeOptions parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument '" + arg + "'. Options look like --keys 4.");
            }
            String name = arg.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("Option --" + name + " needs a value.");
            }
            values.put(name, value);
        }
        for (String name : values.keySet()) {
            if (!java.util.List.of("checkpointing", "interval-ms", "keys", "rate", "restart-attempts", "parallelism").contains(name)) {
                throw new IllegalArgumentException("Unknown option --" + name
                        + ". Known: --checkpointing, --interval-ms, --keys, --rate, --restart-attempts, --parallelism.");
            }
        }
        return new ProbeOptions(values);
    }

    private static boolean parseBoolean(Map<String, String> values, String name, boolean fallback) {
        String value = values.get(name);
        if (value == null) return fallback;
        if (value.equals("true")) return true;
        if (value.equals("false")) return false;
        throw new IllegalArgumentException("--" + name + " must be true or false, got '" + value + "'.");
    }

    private static long parseLong(Map<String, String> values, String name, long fallback, long min) {
        String value = values.get(name);
        if (value == null) return fallback;
        try {
            long parsed = Long.parseLong(value);
            if (parsed < min) throw new IllegalArgumentException("--" + name + " must be at least " + min + ", got " + parsed + ".");
            return parsed;
        } catch (NumberFormatException e) {
            // No cause attached: the message is complete, and Flink shows the innermost cause first.
            throw new IllegalArgumentException("--" + name + " must be a whole number, got '" + value + "'.");
        }
    }

    private static double parseDouble(Map<String, String> values, String name, double fallback) {
        String value = values.get(name);
        if (value == null) return fallback;
        try {
            double parsed = Double.parseDouble(value);
            if (!(parsed > 0)) throw new IllegalArgumentException("--" + name + " must be greater than 0, got " + value + ".");
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a number, got '" + value + "'.");
        }
    }
}
