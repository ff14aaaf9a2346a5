/**
 * The innermost exception of a Java stack trace (its last `Caused by:`), or its first line when
 * there is no cause chain: what users need to read first. Flink's REST errors, the exceptions
 * history and `flink run` output all carry such traces.
 */
export function rootCause(trace: string): string {
  const lines = trace.split(/\r?\n/).map((l) => l.trim());
  const causes = lines.filter((l) => l.startsWith('Caused by:'));
  const last = causes.at(-1);
  if (last) return last.slice('Caused by:'.length).trim();
  return lines.find((l) => l.length > 0) ?? trace.trim();
}
