// What the drill's end-to-end check is asked to do (`recover --verify-topic`), and how it splits
// the ids: a first batch before the job starts, the rest written just before each fault, so every
// fault hits records the sink has written but no checkpoint has committed yet.
import type { DeliveryGuarantee } from './end-to-end-verdict.js';
import { recordIds } from './record-ids.js';
import type { TopicCheckBroker } from './topic-check.js';

export interface EndToEndPlan {
  broker: TopicCheckBroker;
  outputTopic: string;
  /** Where the drill writes the ids; absent: the job makes its own records and only duplicates are judged. */
  inputTopic?: string;
  /** Ids to write (default 1000). */
  records?: number;
  /** The id is this field of a JSON output value (default: the whole value). */
  idField?: string;
  /** What the pipeline promises (default exactly-once). */
  guarantee?: DeliveryGuarantee;
  /** Tells this run's ids from earlier runs' in the same topics (default: the time). */
  run?: string;
}

export interface ResolvedEndToEndPlan extends Required<Omit<EndToEndPlan, 'inputTopic' | 'idField'>> {
  inputTopic?: string;
  idField?: string;
  /** All ids, and the batches: [0] before the job starts, [k] just before fault k. */
  ids: string[];
  batches: string[][];
}

export const DEFAULT_RECORDS = 1000;

export function resolveEndToEndPlan(plan: EndToEndPlan, kills: number): ResolvedEndToEndPlan {
  const records = plan.records ?? DEFAULT_RECORDS;
  if (!Number.isInteger(records) || records < 1) throw new RangeError(`records must be a whole number ≥ 1, got ${records}`);
  const run = plan.run ?? `e2e${Date.now().toString(36)}`;
  const ids = plan.inputTopic === undefined ? [] : recordIds(run, records);
  return {
    broker: plan.broker,
    outputTopic: plan.outputTopic,
    records,
    guarantee: plan.guarantee ?? 'exactly-once',
    run,
    ...(plan.inputTopic !== undefined && { inputTopic: plan.inputTopic }),
    ...(plan.idField !== undefined && { idField: plan.idField }),
    ids,
    batches: splitIds(ids, kills),
  };
}

/** Half before the job starts; the other half in equal parts before each of the `kills` faults. */
export function splitIds(ids: readonly string[], kills: number): string[][] {
  const first = Math.ceil(ids.length / 2);
  const batches = [ids.slice(0, first)];
  const rest = ids.length - first;
  for (let k = 0; k < kills; k++) {
    batches.push(ids.slice(first + Math.floor((rest * k) / kills), first + Math.floor((rest * (k + 1)) / kills)));
  }
  return batches;
}
