// Flink semantics shared by every front end: which state-backend or checkpoint-storage objects name
// a durable checkpoint directory. Before Flink 1.13 the state backend carried the checkpoint path
// (`new FsStateBackend("hdfs://...")`, `new RocksDBStateBackend(path, true)`), so such a backend
// passed to `setStateBackend` is checkpoint storage just as `setCheckpointStorage(path)` is (FLINK005).

/** Classes whose first constructor argument is the checkpoint directory (`Path`, `URI`: `setCheckpointStorage(new Path(...))`). */
const PATH_FIRST = new Set(['FsStateBackend', 'RocksDBStateBackend', 'FileSystemCheckpointStorage', 'CheckpointStorage', 'Path', 'URI']);

/** PyFlink's keyword for that argument. */
export const CHECKPOINT_PATH_KEYWORDS = ['checkpoint_path', 'checkpoint_directory_uri', 'checkpoint_data_uri'];

/**
 * The checkpoint location named by `new <className>(first, ...)`: the string when it is a literal,
 * the expression as written otherwise (a variable still names a durable directory), or undefined
 * when the class names none.
 */
export function checkpointLocationOf(className: string, first: { literal?: string; text: string } | undefined): string | undefined {
  if (!PATH_FIRST.has(className) || !first) return undefined;
  return first.literal ?? first.text;
}
