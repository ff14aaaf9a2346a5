// The Kafka side of the end-to-end check: write N unique ids to the input topic before the fault,
// and afterwards read the output topic from the beginning with read_committed, so only records of
// committed transactions count, as for any downstream consumer of an exactly-once pipeline.
import type { ConsumeOptions } from '../../cluster/index.js';
import { judgeEndToEnd, type DeliveryGuarantee, type EndToEndVerdict } from './end-to-end-verdict.js';
import { idOfRecord, recordIds } from './record-ids.js';

/** What the check needs of a broker (KafkaBroker fits; a fake in unit tests). */
export interface TopicCheckBroker {
  createTopic(topic: string, options?: { partitions?: number }): Promise<void>;
  produce(topic: string, values: readonly string[]): Promise<number>;
  consume(topic: string, options?: ConsumeOptions): Promise<number>;
}

export interface InputPlan {
  inputTopic: string;
  /** Tells this run's ids from earlier ones in the same topic, e.g. a timestamp. */
  run: string;
  records: number;
}

/** Creates the input topic if needed and writes the ids (acknowledged before this returns). */
export async function writeInputIds(broker: TopicCheckBroker, plan: InputPlan): Promise<string[]> {
  const ids = recordIds(plan.run, plan.records);
  await broker.createTopic(plan.inputTopic);
  await broker.produce(plan.inputTopic, ids);
  return ids;
}

export interface OutputCheck {
  outputTopic: string;
  /** Absent: the job makes its own ids, every distinct one read is expected (only duplicates can fail). */
  expectedIds?: readonly string[] | undefined;
  guarantee: DeliveryGuarantee;
  /** The id is this field of a JSON value (default: the whole value). */
  idField?: string;
  /**
   * Reading ends when no record came for this long. A transactional sink commits per checkpoint, so
   * make it longer than the checkpoint interval.
   */
  idleTimeoutMs: number;
}

/** Reads the whole output topic (read_committed) and judges it against the ids written. */
export async function checkOutputIds(broker: TopicCheckBroker, check: OutputCheck): Promise<EndToEndVerdict> {
  const seen: string[] = [];
  await broker.consume(check.outputTopic, {
    fromBeginning: true,
    isolation: 'read_committed',
    idleTimeoutMs: check.idleTimeoutMs,
    onRecord: (value) => {
      const id = idOfRecord(value, check.idField);
      if (id !== undefined) seen.push(id);
    },
  });
  return judgeEndToEnd(check.expectedIds ?? [...new Set(seen)], seen, check.guarantee);
}
