// Flink methods that 2.0 removed (or narrowed to internal types), each with its replacement and the
// class it was checked against: `javap` on flink-dist-2.3.0.jar and the PyFlink 2.3.0 sources from
// the apache-flink / apache-flink-libraries 2.3.0 wheels, compared with 1.20.5. Data only: FLINK009
// reports the calls, the front ends record calls of these names.
import type { ApiCallModel } from '../model.js';

export interface RemovedApi {
  receiver: ApiCallModel['receiver'];
  /** Java/Scala name and, where PyFlink wrapped it, the Python name. */
  names: string[];
  /** Only this many arguments is removed (`enableCheckpointing()` without arguments); any if absent. */
  argCounts?: number[];
  /**
   * `removed`: no such method on 2.x. `legacy-only`: the method is still there but takes only
   * Flink's internal `...legacy.SourceFunction`/`SinkFunction`; the public types users import are gone.
   */
  kind: 'removed' | 'legacy-only';
  /** What to write instead, as a sentence fragment. */
  replacement: string;
  /** The same for PyFlink, where its spelling differs. */
  pythonReplacement?: string;
  /** Where the fact was checked (jar or wheel file, class or module). */
  checkedIn: string;
}

const ENV = 'flink-dist-2.3.0.jar: org.apache.flink.streaming.api.environment.StreamExecutionEnvironment';
const PY_ENV = 'apache-flink 2.3.0 wheel: pyflink/datastream/stream_execution_environment.py';
const CC = 'flink-dist-2.3.0.jar: org.apache.flink.streaming.api.environment.CheckpointConfig';
const PY_CC = 'apache-flink 2.3.0 wheel: pyflink/datastream/checkpoint_config.py';
const STREAM = 'flink-dist-2.3.0.jar: org.apache.flink.streaming.api.datastream.DataStream, KeyedStream';

export const REMOVED_IN_2: readonly RemovedApi[] = [
  { receiver: 'env', names: ['setRestartStrategy', 'set_restart_strategy'], kind: 'removed', checkedIn: `${ENV}; ${PY_ENV}`,
    replacement: "the `restart-strategy.type` option in a Configuration passed to `getExecutionEnvironment(conf)` (or config.yaml)",
    pythonReplacement: "`config.set_string('restart-strategy.type', 'fixed-delay')` on the Configuration passed to `get_execution_environment(config)` (or config.yaml)" },
  { receiver: 'env', names: ['addSource', 'add_source'], kind: 'legacy-only', checkedIn: `${ENV} (addSource(...source.legacy.SourceFunction)); ${PY_ENV}`,
    replacement: '`fromSource(...)` with a FLIP-27 `Source` (KafkaSource, FileSource, DataGeneratorSource, or your own `Source`)',
    pythonReplacement: '`from_source(...)` with a `Source` (KafkaSource, FileSource, NumberSequenceSource)' },
  { receiver: 'env', names: ['readTextFile', 'read_text_file'], kind: 'removed', checkedIn: `${ENV}; ${PY_ENV}`,
    replacement: '`fromSource(FileSource.forRecordStreamFormat(new TextLineInputFormat(), path).build(), ...)`',
    pythonReplacement: '`from_source(FileSource.for_record_stream_format(StreamFormat.text_line_format(), path).build(), ...)`' },
  { receiver: 'env', names: ['setStateBackend', 'set_state_backend'], kind: 'removed', checkedIn: `${ENV}; ${PY_ENV}`,
    replacement: 'the `state.backend.type` option (`hashmap`, `rocksdb`, `forst`) in a Configuration or config.yaml',
    pythonReplacement: "`config.set_string('state.backend.type', 'rocksdb')` on the Configuration passed to `get_execution_environment(config)` (or config.yaml)" },
  { receiver: 'env', names: ['setNumberOfExecutionRetries'], kind: 'removed', checkedIn: ENV, replacement: 'the `restart-strategy.*` options' },
  { receiver: 'env', names: ['setStreamTimeCharacteristic', 'set_stream_time_characteristic'], kind: 'removed', checkedIn: `${ENV}; ${PY_ENV}`,
    replacement: 'nothing: event time is the default; use `WatermarkStrategy` for timestamps' },
  { receiver: 'env', names: ['registerType', 'registerTypeWithKryoSerializer', 'addDefaultKryoSerializer', 'register_type', 'register_type_with_kryo_serializer', 'add_default_kryo_serializer'],
    kind: 'removed', checkedIn: `${ENV}; ${PY_ENV}`, replacement: 'the `pipeline.serialization-config` option (or `getConfig().getSerializerConfig()`)' },
  { receiver: 'env', names: ['enableCheckpointing', 'enable_checkpointing'], argCounts: [0, 3], kind: 'removed', checkedIn: ENV,
    replacement: '`enableCheckpointing(intervalMs)` or `enableCheckpointing(intervalMs, mode)`' },
  { receiver: 'checkpointConfig', names: ['enableExternalizedCheckpoints', 'setExternalizedCheckpointCleanup', 'enable_externalized_checkpoints', 'set_externalized_checkpoint_cleanup'],
    kind: 'removed', checkedIn: `${CC}; ${PY_CC}`, replacement: '`setExternalizedCheckpointRetention(ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION)`',
    pythonReplacement: '`set_externalized_checkpoint_retention(ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION)`' },
  { receiver: 'checkpointConfig', names: ['setCheckpointStorage', 'set_checkpoint_storage', 'set_checkpoint_storage_dir'], kind: 'removed', checkedIn: `${CC}; ${PY_CC}`,
    replacement: 'the `execution.checkpointing.storage` and `execution.checkpointing.dir` options' },
  // PyFlink 2.3 keeps `set_fail_on_checkpointing_errors` and `set_alignment_timeout` (deprecated, mapped
  // to the new methods), so only the Java names are listed.
  { receiver: 'checkpointConfig', names: ['setFailOnCheckpointingErrors', 'setForceCheckpointing', 'setAlignmentTimeout'], kind: 'removed', checkedIn: CC,
    replacement: '`setTolerableCheckpointFailureNumber(...)` / `setAlignedCheckpointTimeout(...)`' },
  { receiver: 'stream', names: ['writeAsText', 'writeAsCsv'], kind: 'removed', checkedIn: STREAM, replacement: '`sinkTo(FileSink.forRowFormat(path, encoder).build())`' },
  { receiver: 'stream', names: ['addSink', 'add_sink'], kind: 'legacy-only', checkedIn: `${STREAM} (addSink(...sink.legacy.SinkFunction)); apache-flink 2.3.0 wheel: pyflink/datastream/data_stream.py`,
    replacement: '`sinkTo(...)` with a Sink V2 (KafkaSink, FileSink, JdbcSink.builder()...)', pythonReplacement: '`sink_to(...)` with a Sink (KafkaSink, FileSink)' },
  { receiver: 'stream', names: ['timeWindow', 'timeWindowAll'], kind: 'removed', checkedIn: STREAM, replacement: '`window(TumblingEventTimeWindows.of(Duration.ofSeconds(...)))`' },
];

const tracked = new Map<string, RemovedApi>();
for (const api of REMOVED_IN_2) for (const name of api.names) tracked.set(`${api.receiver}:${name}`, api);

/** Whether a front end should record calls of `name` on this kind of receiver. */
export function isTrackedApi(receiver: ApiCallModel['receiver'], name: string): boolean {
  return tracked.has(`${receiver}:${name}`);
}

/** The removed API a recorded call uses, if it is one. */
export function removedApiOf(call: ApiCallModel): RemovedApi | undefined {
  const api = tracked.get(`${call.receiver}:${call.name}`);
  if (!api) return undefined;
  if (api.argCounts && (call.argCount === undefined || !api.argCounts.includes(call.argCount))) return undefined;
  return api;
}
