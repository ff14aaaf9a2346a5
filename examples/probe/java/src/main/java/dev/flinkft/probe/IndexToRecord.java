package dev.flinkft.probe;

import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.connector.datagen.source.GeneratorFunction;

/**
 * Index i of the generator → (key = i mod keys, seq = i div keys). Deterministic, so a source that
 * rewinds to its checkpointed index re-emits exactly the same records.
 */
final class IndexToRecord implements GeneratorFunction<Long, Tuple2<Integer, Long>> {
    private static final long serialVersionUID = 1L;
    private final int keys;

    IndexToRecord(int keys) {
        this.keys = keys;
    }

    @Override
    public Tuple2<Integer, Long> map(Long index) {
        return Tuple2.of((int) (index % keys), index / keys);
    }
}
