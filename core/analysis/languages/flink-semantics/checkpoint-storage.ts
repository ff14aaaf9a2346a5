// Flink semantics shared by every front end: which state-backend or checkpoint-storage objects name
// a durable checkpoint directory. Before Flink 1.13 the state backend carried the checkpoint path
// (`new FsStateBackend("hdfs://...")`, `new RocksDBStateBackend(path, true)`), so such a backend
// passed to `setStateBackend` is checkpoint storage just as `setCheckpointStorage(path)` is (FLINK005).
import type { ArgumentReader, FlinkCall, Keyword } from './argument-reader.js';

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

/** The directory of `new FsStateBackend("...")` (Java, Scala) or `FsStateBackend(checkpoint_path=...)` (Python). */
export function constructedLocation(construction: FlinkCall | undefined): string | undefined {
  // The class first: the path's text is read only for a class that names one.
  if (!construction || !PATH_FIRST.has(construction.name)) return undefined;
  const args = construction.args;
  const text = args.text(0, CHECKPOINT_PATH_KEYWORDS);
  const literal = args.string(0, CHECKPOINT_PATH_KEYWORDS);
  return checkpointLocationOf(construction.name, text !== undefined ? { text, ...(literal !== undefined ? { literal } : {}) } : undefined);
}

/**
 * `setCheckpointStorage(...)`: a literal, `"file:///" + dir`, `new Path("...")` or `new
 * FileSystemCheckpointStorage(...)`; any other expression (`policy.getStoragePath()`, a variable) as
 * written, since it still names a directory. A storage object without one (`new
 * JobManagerCheckpointStorage()`) names none.
 */
export function storageLocation(args: ArgumentReader, index: number, keyword: Keyword): string | undefined {
  const nested = args.call(index, keyword);
  const known = args.string(index) ?? args.concatenation(index) ?? constructedLocation(nested);
  if (known !== undefined) return known;
  if (nested && /^[A-Z]/.test(nested.name)) return undefined;
  return args.text(index, keyword);
}
