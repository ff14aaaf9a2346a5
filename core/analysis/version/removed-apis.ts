// Flink APIs removed in 2.0 (flink-reference.md §1.4, from the 2.0 release notes), each with its
// replacement. Data only: FLINK009 reports the calls, the front ends record calls of these names.
import type { ApiCallModel } from '../model.js';

export interface RemovedApi {
  receiver: ApiCallModel['receiver'];
  /** Java/Scala name and, where PyFlink wraps it, the Python name. */
  names: string[];
  /** Only this many arguments is removed (`enableCheckpointing()` without arguments); any if absent. */
  argCounts?: number[];
  /** What to write instead, as a sentence fragment. */
  replacement: string;
}

export const REMOVED_IN_2: readonly RemovedApi[] = [
  { receiver: 'env', names: ['setRestartStrategy', 'set_restart_strategy'], replacement: "the `restart-strategy.type` option in a Configuration passed to `getExecutionEnvironment(conf)` (or config.yaml)" },
  { receiver: 'env', names: ['addSource', 'add_source'], replacement: '`fromSource(...)` with a FLIP-27 `Source` (KafkaSource, FileSource, DataGeneratorSource, or your own `Source`)' },
  { receiver: 'env', names: ['readTextFile', 'readFileStream', 'read_text_file'], replacement: '`fromSource(FileSource.forRecordStreamFormat(new TextLineInputFormat(), path).build(), ...)`' },
  { receiver: 'env', names: ['setStateBackend', 'set_state_backend'], replacement: 'the `state.backend.type` option (`hashmap`, `rocksdb`) in a Configuration or config.yaml' },
  { receiver: 'env', names: ['setNumberOfExecutionRetries'], replacement: 'the `restart-strategy.*` options' },
  { receiver: 'env', names: ['setStreamTimeCharacteristic', 'set_stream_time_characteristic'], replacement: 'nothing: event time is the default; use `WatermarkStrategy` for timestamps' },
  { receiver: 'env', names: ['enableCheckpointing', 'enable_checkpointing'], argCounts: [0, 3], replacement: '`enableCheckpointing(intervalMs)` or `enableCheckpointing(intervalMs, mode)`' },
  { receiver: 'checkpointConfig', names: ['enableExternalizedCheckpoints', 'setExternalizedCheckpointCleanup', 'enable_externalized_checkpoints', 'set_externalized_checkpoint_cleanup'], replacement: '`setExternalizedCheckpointRetention(ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION)`' },
  { receiver: 'checkpointConfig', names: ['setCheckpointStorage'], replacement: 'the `execution.checkpointing.storage` and `execution.checkpointing.dir` options' },
  { receiver: 'checkpointConfig', names: ['setFailOnCheckpointingErrors', 'setForceCheckpointing', 'setAlignmentTimeout'], replacement: '`setTolerableCheckpointFailureNumber(...)` / `setAlignedCheckpointTimeout(...)`' },
  { receiver: 'stream', names: ['writeAsText', 'writeAsCsv', 'write_as_text'], replacement: '`sinkTo(FileSink.forRowFormat(path, encoder).build())`' },
  { receiver: 'stream', names: ['addSink', 'add_sink'], replacement: '`sinkTo(...)` with a Sink V2 (KafkaSink, FileSink, JdbcSink.builder()...)' },
  { receiver: 'stream', names: ['timeWindow', 'timeWindowAll'], replacement: '`window(TumblingEventTimeWindows.of(Duration.ofSeconds(...)))`' },
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
