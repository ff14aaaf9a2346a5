// The topics the editor follows, each streamed by core's console consumer into an output channel
// "Kafka <topic>". Following a topic again restarts its follow (new start position or isolation);
// stopping ends the consumer in the broker container too. No `vscode` import: the channel is
// passed in, so the bookkeeping is unit-tested against a fake broker.
import type { ConsumeOptions, IsolationLevel } from '../../../core/cluster/index.js';

/** What a follow reads from: the cluster's KafkaBroker. */
export interface TopicReader {
  consume(topic: string, options: ConsumeOptions): Promise<number>;
}

/** The part of an output channel a follow writes to. */
export interface FollowChannel {
  append(text: string): void;
  show(preserveFocus: boolean): void;
  dispose(): void;
}

export interface FollowStart {
  fromBeginning: boolean;
  isolation: IsolationLevel;
}

interface Follow {
  controller: AbortController;
  /** Settles when the consumer has ended (stopped, failed or finished). */
  ended: Promise<void>;
  records: number;
}

export function kafkaChannelName(topic: string): string {
  return `Kafka ${topic}`;
}

export class KafkaTopicFollows {
  private readonly channels = new Map<string, FollowChannel>();
  private readonly follows = new Map<string, Follow>();

  constructor(
    private readonly createChannel: (name: string) => FollowChannel,
    /** A follow that ended with an error (broker gone, tool failed): the editor tells the user. */
    private readonly onFailure: (topic: string, error: unknown) => void,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Topics followed now, in the order they were started. */
  get followed(): string[] {
    return [...this.follows.keys()];
  }

  isFollowing(topic: string): boolean {
    return this.follows.has(topic);
  }

  /** Starts following `topic` into its channel and shows it; a running follow of it is stopped first. */
  async follow(reader: TopicReader, topic: string, start: FollowStart): Promise<void> {
    await this.stop(topic, 'restarted');
    const channel = this.channel(topic);
    const position = start.fromBeginning ? 'from the beginning' : 'new records only';
    // Short enough for one line of a narrow Output panel; "Stop Following Kafka Topic" ends it.
    channel.append(marker(`following '${topic}' since ${clock(this.now())} UTC: ${start.isolation}, ${position}`));
    channel.show(true);
    const controller = new AbortController();
    const follow: Follow = { controller, ended: Promise.resolve(), records: 0 };
    follow.ended = reader
      .consume(topic, {
        fromBeginning: start.fromBeginning,
        isolation: start.isolation,
        signal: controller.signal,
        onRecord: (value) => {
          follow.records++;
          channel.append(`${value}\n`);
        },
      })
      .then(
        () => {
          if (!controller.signal.aborted) channel.append(marker(`'${topic}' ended after ${follow.records} record(s)`));
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          channel.append(marker(`reading '${topic}' failed after ${follow.records} record(s): ${firstLine(error)}`));
          this.onFailure(topic, error);
        },
      )
      .finally(() => {
        if (this.follows.get(topic) === follow) this.follows.delete(topic);
      });
    this.follows.set(topic, follow);
  }

  /** Ends the follow of `topic`; the number of records it showed, or undefined when none ran. */
  async stop(topic: string, why: 'stopped' | 'restarted' | 'cluster gone' = 'stopped'): Promise<number | undefined> {
    const follow = this.follows.get(topic);
    if (!follow) return undefined;
    this.follows.delete(topic);
    follow.controller.abort();
    await follow.ended;
    this.channel(topic).append(marker(`${why === 'restarted' ? 'restarting the follow of' : why === 'cluster gone' ? 'the cluster went away; stopped following' : 'stopped following'} '${topic}' after ${follow.records} record(s)`));
    return follow.records;
  }

  async stopAll(why: 'stopped' | 'cluster gone' = 'stopped'): Promise<void> {
    await Promise.all(this.followed.map((topic) => this.stop(topic, why)));
  }

  dispose(): void {
    for (const follow of this.follows.values()) follow.controller.abort();
    this.follows.clear();
    for (const channel of this.channels.values()) channel.dispose();
    this.channels.clear();
  }

  private channel(topic: string): FollowChannel {
    let channel = this.channels.get(topic);
    if (!channel) {
      channel = this.createChannel(kafkaChannelName(topic));
      this.channels.set(topic, channel);
    }
    return channel;
  }
}

function marker(text: string): string {
  return `──── ${text} ────\n`;
}

function clock(date: Date): string {
  return date.toISOString().slice(11, 19);
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}
