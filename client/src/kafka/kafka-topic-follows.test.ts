// The follow bookkeeping against a fake broker whose consume behaves like core's: records go to
// onRecord until the signal aborts (then it resolves) or the broker fails (then it rejects).
import { describe, expect, it } from 'vitest';
import type { ConsumeOptions } from '../../../core/cluster/index.js';
import { KafkaTopicFollows, kafkaChannelName, type FollowChannel, type TopicReader } from './kafka-topic-follows.js';

class FakeChannel implements FollowChannel {
  text = '';
  shown = 0;
  disposed = false;
  constructor(readonly name: string) {}
  append(text: string): void {
    this.text += text;
  }
  show(): void {
    this.shown++;
  }
  dispose(): void {
    this.disposed = true;
  }
}

class FakeBroker implements TopicReader {
  readonly reads: { topic: string; options: ConsumeOptions; fail: (error: Error) => void }[] = [];
  consume(topic: string, options: ConsumeOptions): Promise<number> {
    return new Promise((resolve, reject) => {
      this.reads.push({ topic, options, fail: reject });
      options.signal?.addEventListener('abort', () => resolve(0), { once: true });
    });
  }
  /** Delivers a record to the latest read of `topic`. */
  emit(topic: string, value: string): void {
    [...this.reads].reverse().find((r) => r.topic === topic)!.options.onRecord!(value);
  }
}

function setUp() {
  const channels = new Map<string, FakeChannel>();
  const failures: string[] = [];
  const follows = new KafkaTopicFollows(
    (name) => {
      const channel = new FakeChannel(name);
      channels.set(name, channel);
      return channel;
    },
    (topic, error) => failures.push(`${topic}: ${(error as Error).message}`),
    () => new Date('2026-12-03T06:40:05Z'),
  );
  return { follows, channels, failures, broker: new FakeBroker() };
}

describe('KafkaTopicFollows', () => {
  it("streams records into 'Kafka <topic>' with the start position and isolation it asked core for", async () => {
    const { follows, channels, broker } = setUp();
    await follows.follow(broker, 'words', { fromBeginning: true, isolation: 'read_committed' });
    expect(broker.reads[0]!.options).toMatchObject({ fromBeginning: true, isolation: 'read_committed' });
    broker.emit('words', 'a');
    broker.emit('words', 'b');
    const channel = channels.get(kafkaChannelName('words'))!;
    expect(channel.name).toBe('Kafka words');
    expect(channel.shown).toBe(1);
    expect(channel.text.split('\n')).toEqual([
      "──── following 'words' since 06:40:05 UTC: read_committed, from the beginning ────",
      'a',
      'b',
      '',
    ]);
    expect(follows.followed).toEqual(['words']);
  });

  it('stops the consumer through its signal and reports how many records it showed', async () => {
    const { follows, channels, broker } = setUp();
    await follows.follow(broker, 'words', { fromBeginning: false, isolation: 'read_uncommitted' });
    broker.emit('words', 'x');
    expect(await follows.stop('words')).toBe(1);
    expect(broker.reads[0]!.options.signal!.aborted).toBe(true);
    expect(follows.isFollowing('words')).toBe(false);
    expect(channels.get('Kafka words')!.text).toMatch(/x\n──── stopped following 'words' after 1 record\(s\) ────\n$/);
    expect(await follows.stop('words')).toBeUndefined();
  });

  it('following a topic again ends the first consumer and keeps one channel', async () => {
    const { follows, channels, broker } = setUp();
    await follows.follow(broker, 'words', { fromBeginning: false, isolation: 'read_committed' });
    await follows.follow(broker, 'words', { fromBeginning: true, isolation: 'read_committed' });
    expect(broker.reads.map((r) => r.options.signal!.aborted)).toEqual([true, false]);
    expect(channels.size).toBe(1);
    expect(channels.get('Kafka words')!.text).toContain("restarting the follow of 'words' after 0 record(s)");
    expect(follows.followed).toEqual(['words']);
  });

  it('a failing consumer ends its follow, says why in the channel and reports it once', async () => {
    const { follows, channels, failures, broker } = setUp();
    await follows.follow(broker, 'words', { fromBeginning: true, isolation: 'read_committed' });
    await follows.follow(broker, 'other', { fromBeginning: true, isolation: 'read_committed' });
    broker.reads[0]!.fail(new Error('kafka-console-consumer.sh in the Kafka broker exited with code 1:\ndetails'));
    await expect.poll(() => follows.followed).toEqual(['other']);
    expect(failures).toEqual(['words: kafka-console-consumer.sh in the Kafka broker exited with code 1:\ndetails']);
    expect(channels.get('Kafka words')!.text).toMatch(/reading 'words' failed after 0 record\(s\): kafka-console-consumer\.sh in the Kafka broker exited with code 1: ────\n$/);
  });

  it('stopAll ends every follow (the cluster went away); dispose closes the channels', async () => {
    const { follows, channels, broker } = setUp();
    await follows.follow(broker, 'a', { fromBeginning: true, isolation: 'read_committed' });
    await follows.follow(broker, 'b', { fromBeginning: true, isolation: 'read_committed' });
    await follows.stopAll('cluster gone');
    expect(follows.followed).toEqual([]);
    expect(channels.get('Kafka a')!.text).toContain("the cluster went away; stopped following 'a'");
    follows.dispose();
    expect([...channels.values()].map((c) => c.disposed)).toEqual([true, true]);
  });
});
