// A simulated Kafka pipeline for the drill's unit tests: what is produced to the input topic comes
// out of the output topic at once. The first batch comes out once, committed. Every later batch (the
// ids the drill writes just before a fault) comes out once in an aborted transaction, then again
// as the scenario says: once committed (exactly-once), twice (a replay of an at-least-once sink),
// or without its last id (lost).
import type { ConsumeOptions } from '../../cluster/index.js';
import type { TopicCheckBroker } from '../end-to-end/topic-check.js';

export type PipelineScenario = 'exactly-once' | 'duplicates' | 'loses';

interface StoredRecord {
  value: string;
  committed: boolean;
}

export class FakeKafka implements TopicCheckBroker {
  readonly topics = new Map<string, StoredRecord[]>();
  readonly calls: string[] = [];
  private batches = 0;

  constructor(
    private readonly scenario: PipelineScenario,
    private readonly pipe: { input: string; output: string; asJson?: boolean },
  ) {}

  async createTopic(topic: string): Promise<void> {
    this.calls.push(`create ${topic}`);
    if (!this.topics.has(topic)) this.topics.set(topic, []);
  }

  async produce(topic: string, values: readonly string[]): Promise<number> {
    this.calls.push(`produce ${topic} ${values.length}`);
    this.topic(topic).push(...values.map((value) => ({ value, committed: true })));
    if (topic === this.pipe.input) this.pass(values, this.batches++ === 0);
    return values.length;
  }

  async consume(topic: string, options: ConsumeOptions = {}): Promise<number> {
    this.calls.push(`consume ${topic} ${options.isolation ?? 'read_committed'}`);
    let n = 0;
    for (const r of this.topic(topic)) {
      if (options.signal?.aborted) break;
      if (!r.committed && options.isolation !== 'read_uncommitted') continue;
      options.onRecord?.(r.value);
      n++;
    }
    return n;
  }

  private pass(ids: readonly string[], first: boolean): void {
    const out = this.topic(this.pipe.output);
    const record = (id: string, committed: boolean): StoredRecord => ({ value: this.pipe.asJson ? JSON.stringify({ id, seen: 1 }) : id, committed });
    if (first) {
      out.push(...ids.map((id) => record(id, true)));
      return;
    }
    out.push(...ids.map((id) => record(id, false)));
    const again = this.scenario === 'loses' ? ids.slice(0, -1) : ids;
    out.push(...again.map((id) => record(id, true)));
    if (this.scenario === 'duplicates') out.push(...ids.map((id) => record(id, true)));
  }

  private topic(name: string): StoredRecord[] {
    let t = this.topics.get(name);
    if (!t) this.topics.set(name, (t = []));
    return t;
  }
}
