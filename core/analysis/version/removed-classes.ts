// Classes (Java/Scala) and PyFlink names that Flink 2.x no longer has, found where a file imports
// them. Each was checked by listing the classes of the 2.3.0 jars in the apache-flink-libraries
// 2.3.0 wheel (flink-dist, connector-files, table, python) and flink-connector-kafka-4.0.1-2.0.jar,
// and by reading the PyFlink 2.3.0 sources, against 1.20.5. Data only: FLINK009 reports the imports.

export interface RemovedClass {
  /** Fully qualified as imported: `org.apache.flink.api.common.time.Time`, `pyflink.common.RestartStrategies`. */
  name: string;
  /**
   * `removed`: gone, the import fails to compile (JVM) or raises ImportError (Python).
   * `moved`: the same class under `movedTo`; the import can be rewritten.
   * `runtime-trap`: PyFlink still ships the Python wrapper, but the Java class it calls is gone, so
   * the job imports fine and fails when it runs (a Py4J error building the job graph).
   */
  kind: 'removed' | 'moved' | 'runtime-trap';
  movedTo?: string;
  replacement: string;
  checkedIn: string;
}

const DIST = 'flink-dist-2.3.0.jar';
const KAFKA = 'flink-connector-kafka-4.0.1-2.0.jar';
const SOURCE_FN = '`fromSource(...)` with a FLIP-27 `Source` (`DataGeneratorSource`, `KafkaSource`, `FileSource` or your own `Source`)';
const SINK_FN = '`sinkTo(...)` with a Sink V2 (`org.apache.flink.api.connector.sink2.Sink`, e.g. `KafkaSink`, `FileSink`, `PrintSink`)';

const JVM: readonly RemovedClass[] = [
  ...['SourceFunction', 'RichSourceFunction', 'ParallelSourceFunction', 'RichParallelSourceFunction', 'SocketTextStreamFunction', 'FromElementsFunction', 'StatefulSequenceSource', 'FileMonitoringFunction']
    .map((c): RemovedClass => ({ name: `org.apache.flink.streaming.api.functions.source.${c}`, kind: 'removed', replacement: SOURCE_FN, checkedIn: `${DIST} (only an @Internal copy under ...functions.source.legacy)` })),
  ...['SinkFunction', 'RichSinkFunction', 'PrintSinkFunction', 'DiscardingSink', 'TwoPhaseCommitSinkFunction', 'SocketClientSink']
    .map((c): RemovedClass => ({ name: `org.apache.flink.streaming.api.functions.sink.${c}`, kind: 'removed', replacement: SINK_FN, checkedIn: `${DIST} (only an @Internal copy under ...functions.sink.legacy)` })),
  { name: 'org.apache.flink.streaming.api.functions.sink.filesystem.StreamingFileSink', kind: 'removed', replacement: '`sinkTo(FileSink.forRowFormat(...).build())`', checkedIn: DIST },
  { name: 'org.apache.flink.api.common.restartstrategy.RestartStrategies', kind: 'removed', replacement: 'the `restart-strategy.type` option (`RestartStrategyOptions`) in a Configuration or config.yaml', checkedIn: DIST },
  { name: 'org.apache.flink.api.common.time.Time', kind: 'removed', replacement: '`java.time.Duration` (e.g. `StateTtlConfig.newBuilder(Duration.ofHours(1))`)', checkedIn: DIST },
  { name: 'org.apache.flink.streaming.api.windowing.time.Time', kind: 'removed', replacement: '`java.time.Duration` (e.g. `TumblingEventTimeWindows.of(Duration.ofSeconds(10))`)', checkedIn: DIST },
  { name: 'org.apache.flink.streaming.api.TimeCharacteristic', kind: 'removed', replacement: 'nothing: event time is the default; use `WatermarkStrategy`', checkedIn: DIST },
  { name: 'org.apache.flink.streaming.api.environment.CheckpointConfig.ExternalizedCheckpointCleanup', kind: 'removed', replacement: '`org.apache.flink.configuration.ExternalizedCheckpointRetention`', checkedIn: DIST },
  { name: 'org.apache.flink.streaming.api.environment.ExecutionCheckpointingOptions', kind: 'removed', replacement: '`org.apache.flink.configuration.CheckpointingOptions`', checkedIn: DIST },
  { name: 'org.apache.flink.runtime.state.filesystem.FsStateBackend', kind: 'removed', replacement: '`HashMapStateBackend` with `execution.checkpointing.dir` (or `state.backend.type: hashmap`)', checkedIn: DIST },
  { name: 'org.apache.flink.runtime.state.memory.MemoryStateBackend', kind: 'removed', replacement: '`HashMapStateBackend` (or `state.backend.type: hashmap`) with `execution.checkpointing.storage: jobmanager`', checkedIn: DIST },
  { name: 'org.apache.flink.contrib.streaming.state.RocksDBStateBackend', kind: 'removed', replacement: '`EmbeddedRocksDBStateBackend` (or `state.backend.type: rocksdb`)', checkedIn: DIST },
  { name: 'org.apache.flink.runtime.jobgraph.RestoreMode', kind: 'removed', replacement: '`org.apache.flink.core.execution.RecoveryClaimMode` (same constants: CLAIM, NO_CLAIM)', checkedIn: DIST },
  { name: 'org.apache.flink.api.java.ExecutionEnvironment', kind: 'removed', replacement: 'the DataStream API in batch mode (`RuntimeExecutionMode.BATCH`) or the Table API: the DataSet API is gone', checkedIn: DIST },
  { name: 'org.apache.flink.api.java.DataSet', kind: 'removed', replacement: 'the DataStream API in batch mode or the Table API: the DataSet API is gone', checkedIn: DIST },
  { name: 'org.apache.flink.streaming.api.scala.StreamExecutionEnvironment', kind: 'removed', replacement: 'the Java `org.apache.flink.streaming.api.environment.StreamExecutionEnvironment` from Scala: the Scala DataStream API is gone', checkedIn: DIST },
  { name: 'org.apache.flink.api.java.utils.ParameterTool', kind: 'moved', movedTo: 'org.apache.flink.util.ParameterTool', replacement: '`org.apache.flink.util.ParameterTool`', checkedIn: DIST },
  { name: 'org.apache.flink.runtime.state.CheckpointListener', kind: 'moved', movedTo: 'org.apache.flink.api.common.state.CheckpointListener', replacement: '`org.apache.flink.api.common.state.CheckpointListener`', checkedIn: DIST },
  { name: 'org.apache.flink.streaming.connectors.kafka.FlinkKafkaConsumer', kind: 'removed', replacement: '`KafkaSource.builder()...build()` with `env.fromSource(...)`', checkedIn: KAFKA },
  { name: 'org.apache.flink.streaming.connectors.kafka.FlinkKafkaProducer', kind: 'removed', replacement: '`KafkaSink.builder()...build()` with `sinkTo(...)`', checkedIn: KAFKA },
];

const PY = 'apache-flink 2.3.0 wheel';
const PY_TRAP = `${PY} (wrapper present) vs ${DIST} / ${KAFKA} (Java class absent)`;

const PYTHON: readonly RemovedClass[] = [
  ...['pyflink.common.RestartStrategies', 'pyflink.common.restart_strategy.RestartStrategies'].map((name): RemovedClass => ({
    name, kind: 'runtime-trap', checkedIn: `${PY_TRAP}: org.apache.flink.api.common.restartstrategy.RestartStrategies`,
    replacement: "`config.set_string('restart-strategy.type', 'fixed-delay')` (and `restart-strategy.fixed-delay.*`) on the Configuration given to `get_execution_environment(config)`",
  })),
  ...['pyflink.datastream.connectors.kafka.FlinkKafkaConsumer', 'pyflink.datastream.connectors.FlinkKafkaConsumer'].map((name): RemovedClass => ({
    name, kind: 'runtime-trap', checkedIn: `${PY_TRAP}: org.apache.flink.streaming.connectors.kafka.FlinkKafkaConsumer`,
    replacement: '`KafkaSource.builder()...build()` with `env.from_source(...)`',
  })),
  ...['pyflink.datastream.connectors.kafka.FlinkKafkaProducer', 'pyflink.datastream.connectors.FlinkKafkaProducer'].map((name): RemovedClass => ({
    name, kind: 'runtime-trap', checkedIn: `${PY_TRAP}: org.apache.flink.streaming.connectors.kafka.FlinkKafkaProducer`,
    replacement: '`KafkaSink.builder()...build()` with `sink_to(...)`',
  })),
  ...['FsStateBackend', 'MemoryStateBackend', 'RocksDBStateBackend'].flatMap((c) => [`pyflink.datastream.${c}`, `pyflink.datastream.state_backend.${c}`]).map((name): RemovedClass => ({
    name, kind: 'removed', checkedIn: `${PY}: pyflink/datastream/__init__.py, state_backend.py`,
    replacement: "the `state.backend.type` option (`hashmap`, `rocksdb`) and `execution.checkpointing.dir` on the Configuration",
  })),
  ...['pyflink.datastream.TimeCharacteristic', 'pyflink.datastream.time_characteristic.TimeCharacteristic'].map((name): RemovedClass => ({
    name, kind: 'removed', checkedIn: `${PY}: pyflink/datastream/__init__.py`, replacement: 'nothing: event time is the default; use `WatermarkStrategy`',
  })),
  ...['pyflink.datastream.ExternalizedCheckpointCleanup', 'pyflink.datastream.checkpoint_config.ExternalizedCheckpointCleanup'].map((name): RemovedClass => ({
    name, kind: 'removed', checkedIn: `${PY}: pyflink/datastream/__init__.py, checkpoint_config.py`,
    replacement: '`ExternalizedCheckpointRetention` from `pyflink.datastream.externalized_checkpoint_retention`',
  })),
];

export const REMOVED_CLASSES_IN_2: readonly RemovedClass[] = [...JVM, ...PYTHON];

const byName = new Map(REMOVED_CLASSES_IN_2.map((c) => [c.name, c]));

/** The removed class an import names, if it is one (nested Java classes may be written with `.`). */
export function removedClassOf(qualifiedName: string): RemovedClass | undefined {
  return byName.get(qualifiedName.replace(/\$/g, '.'));
}
