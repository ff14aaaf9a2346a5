// The end-to-end check of a Kafka pipeline: every record id written to the input topic must come out
// of the output topic (read with read_committed) exactly once for an exactly-once pipeline, at least
// once for an at-least-once one. Pure: the ids in, the verdict out (JSON `endToEnd` of the report).

export type DeliveryGuarantee = 'exactly-once' | 'at-least-once';

/** How many, and a few of them to show: a report of 10,000 ids must stay readable. */
export interface IdSample {
  count: number;
  examples: string[];
}

export interface EndToEndVerdict {
  guarantee: DeliveryGuarantee;
  verdict: 'pass' | 'fail';
  /** Ids written to the input topic. */
  expected: number;
  /** Output records read (after the fault), and the distinct expected ids among them. */
  read: number;
  distinct: number;
  /** Expected ids never seen in the output: a failure under either guarantee. */
  missing: IdSample;
  /** Expected ids seen more than once (with their extra copies counted): a failure under exactly-once only. */
  duplicates: IdSample & { extraRecords: number };
  /** Output records whose id was not written by this check (another run, a parse miss). Reported, not judged. */
  unexpected: IdSample;
  /** One sentence for the report. */
  summary: string;
}

const EXAMPLES = 5;

export function judgeEndToEnd(expectedIds: readonly string[], seenIds: readonly string[], guarantee: DeliveryGuarantee): EndToEndVerdict {
  const expected = new Set(expectedIds);
  const counts = new Map<string, number>();
  const unexpected = new Map<string, number>();
  for (const id of seenIds) {
    const into = expected.has(id) ? counts : unexpected;
    into.set(id, (into.get(id) ?? 0) + 1);
  }
  const missing = expectedIds.filter((id) => !counts.has(id));
  const duplicated = [...counts].filter(([, n]) => n > 1);
  const extraRecords = duplicated.reduce((sum, [, n]) => sum + n - 1, 0);
  const failed = missing.length > 0 || (guarantee === 'exactly-once' && duplicated.length > 0);
  const verdict: EndToEndVerdict = {
    guarantee,
    verdict: failed ? 'fail' : 'pass',
    expected: expected.size,
    read: seenIds.length,
    distinct: counts.size,
    missing: sample(missing),
    duplicates: { ...sample(duplicated.map(([id]) => id)), extraRecords },
    unexpected: sample([...unexpected.keys()]),
    summary: '',
  };
  verdict.summary = summarize(verdict);
  return verdict;
}

function sample(ids: readonly string[]): IdSample {
  return { count: ids.length, examples: ids.slice(0, EXAMPLES) };
}

function summarize(v: EndToEndVerdict): string {
  const missing = v.missing.count > 0 ? `${v.missing.count} missing (e.g. ${v.missing.examples.join(', ')})` : 'none missing';
  const dupes =
    v.duplicates.count > 0
      ? `${v.duplicates.count} duplicated, ${v.duplicates.extraRecords} extra record(s) (e.g. ${v.duplicates.examples.join(', ')})`
      : 'no duplicates';
  const lead =
    v.verdict === 'pass'
      ? v.guarantee === 'exactly-once'
        ? `Every one of ${v.expected} ids came out exactly once`
        : `Every one of ${v.expected} ids came out at least once${v.duplicates.count > 0 ? ' (duplicates are expected at least once)' : ''}`
      : `${v.guarantee === 'exactly-once' ? 'Not exactly once' : 'Records lost'}: of ${v.expected} ids`;
  return `${lead}: ${missing}, ${dupes}.`;
}
