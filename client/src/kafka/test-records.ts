// The records "Produce Test Records…" writes: numbered values that are unique per run (so a follow
// shows which run they came from), or the lines a user typed in an editor.

/** Upper bound of one produce from the editor: the values go through one exec's stdin. */
export const MAX_TEST_RECORDS = 100_000;

/** `count` values `test-<UTC time>-<n>`, n from 1. */
export function numberedTestRecords(count: number, now: Date): string[] {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return Array.from({ length: count }, (_, i) => `test-${stamp}-${i + 1}`);
}

/** Non-empty lines of a text, one record each (a value cannot hold a line break). */
export function recordsFromText(text: string): string[] {
  return text.split(/\r?\n/).filter((line) => line.trim().length > 0);
}

/** The input box's check: undefined when `value` is a count we accept, else what is wrong. */
export function recordCountProblem(value: string): string | undefined {
  if (!/^\d+$/.test(value.trim())) return 'A whole number of records, e.g. 10';
  const count = Number(value.trim());
  if (count < 1 || count > MAX_TEST_RECORDS) return `From 1 to ${MAX_TEST_RECORDS}`;
  return undefined;
}

/** What a notification names: all values when few, else the first and the last. */
export function describeRecords(values: readonly string[]): string {
  if (values.length <= 3) return values.join(', ');
  return `${values[0]} … ${values[values.length - 1]}`;
}
