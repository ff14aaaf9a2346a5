// The ids the end-to-end check writes and looks for: unique per run, so records of an earlier run
// in the same topic are told apart. By default the id is the record value; on request a field of a
// JSON value (`{"id": "…", …}` as a job that enriches records writes it).

/** `<run>-<n>` for n = 0 … count-1. */
export function recordIds(run: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${run}-${i}`);
}

/** The id of one output record: the value itself, or `value[field]` of a JSON object (undefined if absent). */
export function idOfRecord(value: string, field?: string): string | undefined {
  if (field === undefined) return value.trim();
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
    const id = (parsed as Record<string, unknown>)[field];
    return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
  } catch {
    return undefined;
  }
}
