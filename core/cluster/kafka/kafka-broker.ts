import { randomUUID } from 'node:crypto';
import { ClusterError } from '../errors/cluster-error.js';
import { LABEL_KAFKA_PORT, LABEL_ROLE, managedFilter } from '../labels.js';
import type { ContainerDetails, ContainerState, ExecResult, RuntimeClient } from '../runtime/runtime-client.js';
import { Wait } from '../wait/wait.js';
import { DEFAULT_TRANSACTION_MAX_TIMEOUT_MS, KAFKA_ALIAS, KAFKA_BIN, KAFKA_INTERNAL_PORT, kafkaEnvName } from './kafka-blueprint.js';
import { KafkaToolError } from '../errors/kafka-tool-error.js';

/** The broker as `cluster status --json`, `cluster up --json` and the Flink view show it. */
export interface KafkaStatus {
  containerId: string;
  containerName: string;
  image: string;
  state: ContainerState;
  /** For clients on the host: `127.0.0.1:<port>`. */
  bootstrapServers: string;
  /** For jobs in the cluster: `kafka:9092`. */
  internalBootstrapServers: string;
  /** The broker's ceiling for a producer's transaction.timeout.ms (FLINK008 checks sinks against it). */
  transactionMaxTimeoutMs: number;
}

export type IsolationLevel = 'read_committed' | 'read_uncommitted';

export interface ConsumeOptions {
  fromBeginning?: boolean;
  /** Default `read_committed`: records of aborted or open transactions stay hidden. */
  isolation?: IsolationLevel;
  /** Stop after this many records. */
  maxMessages?: number;
  /** Stop when no record came for this long (ms). Without it and maxMessages, follow until `signal`. */
  idleTimeoutMs?: number;
  onRecord?: (value: string) => void;
  /** Stops a follow: the consumer in the container is ended too. */
  signal?: AbortSignal;
}

const INTERNAL_BOOTSTRAP = `${KAFKA_ALIAS}:${KAFKA_INTERNAL_PORT}`;
const TOOL_TIMEOUT_MS = 120_000;
const STARTED_LINE = /Kafka Server started/;

/** Topic names Kafka accepts (and that are safe as one command argument). */
export function isValidTopicName(name: string): boolean {
  return /^[a-zA-Z0-9._-]{1,249}$/.test(name) && name !== '.' && name !== '..';
}

/**
 * The cluster's Kafka broker container. Topic commands run Kafka's own tools inside it through the
 * Docker exec API, so they always match the broker's version and need no client on the host.
 */
export class KafkaBroker {
  private constructor(
    private readonly runtime: RuntimeClient,
    private readonly details: ContainerDetails,
  ) {}

  /** The broker of a cluster, or undefined when it was started without Kafka. */
  static async find(runtime: RuntimeClient, cluster: string): Promise<KafkaBroker | undefined> {
    const [container] = await runtime.listContainers({ ...managedFilter(cluster), [LABEL_ROLE]: 'kafka' });
    return container && new KafkaBroker(runtime, await runtime.inspectContainer(container.id));
  }

  status(): KafkaStatus {
    const { id, name, image, state, labels, env } = this.details;
    const configured = Number(env[kafkaEnvName('transaction.max.timeout.ms')]);
    return {
      containerId: id,
      containerName: name,
      image,
      state,
      bootstrapServers: `127.0.0.1:${labels[LABEL_KAFKA_PORT]}`,
      internalBootstrapServers: INTERNAL_BOOTSTRAP,
      transactionMaxTimeoutMs: Number.isFinite(configured) && configured > 0 ? configured : DEFAULT_TRANSACTION_MAX_TIMEOUT_MS,
    };
  }

  /** Waits for the broker's "Kafka Server started" line; fails at once if the container exits. */
  async waitUntilStarted(timeoutMs: number, signal?: AbortSignal): Promise<void> {
    await Wait.until('the Kafka broker to log "Kafka Server started"', async () => {
      const { state, exitCode } = await this.runtime.inspectContainer(this.details.id);
      if (state !== 'running') return { state: 'failed', seen: `container ${this.details.name} is ${state} (exit code ${exitCode})` };
      const lines = await this.runtime.containerLogs(this.details.id, 5_000);
      return lines.some((l) => STARTED_LINE.test(l)) ? { state: 'done', value: undefined } : { state: 'pending', seen: lines.at(-1) ?? 'no output yet' };
    })
      .withTimeout(timeoutMs)
      .withPollInterval(500)
      .waitUntilReady({ signal });
  }

  async listTopics(): Promise<string[]> {
    const result = await this.tool('kafka-topics.sh', ['--list']);
    return stdoutLines(result).filter((t) => t.length > 0);
  }

  /** Creates a topic (no error when it exists already); `partitions` default 1. */
  async createTopic(topic: string, options: { partitions?: number } = {}): Promise<void> {
    requireTopic(topic);
    await this.tool('kafka-topics.sh', ['--create', '--if-not-exists', '--topic', topic, '--partitions', String(options.partitions ?? 1), '--replication-factor', '1']);
  }

  /** Writes one record per value (no key), acknowledged by the broker before this returns. */
  async produce(topic: string, values: readonly string[]): Promise<number> {
    requireTopic(topic);
    const bad = values.find((v) => /[\r\n]/.test(v));
    if (bad !== undefined) throw new ClusterError(`A record value cannot contain a line break: ${JSON.stringify(bad.slice(0, 40))}. Send one record per line.`);
    if (values.length === 0) return 0;
    await this.tool('kafka-console-producer.sh', ['--topic', topic, '--producer-property', 'acks=all'], { stdin: `${values.join('\n')}\n` });
    return values.length;
  }

  /**
   * Reads a topic like Kafka's console consumer: each record value to `onRecord`. Ends after
   * `maxMessages`, after `idleTimeoutMs` without a record, or when `signal` aborts (the consumer
   * process in the container is stopped too). Returns the number of records read.
   */
  async consume(topic: string, options: ConsumeOptions = {}): Promise<number> {
    requireTopic(topic);
    const args = ['--topic', topic, '--isolation-level', options.isolation ?? 'read_committed'];
    if (options.fromBeginning) args.push('--from-beginning');
    if (options.maxMessages !== undefined) args.push('--max-messages', String(options.maxMessages));
    if (options.idleTimeoutMs !== undefined) args.push('--timeout-ms', String(options.idleTimeoutMs));
    // The pid file lets a stop end the consumer: closing the exec stream would leave it running.
    const pidFile = `/tmp/flinkft-consume-${randomUUID()}.pid`;
    const script = `echo $$ > ${pidFile}; exec ${KAFKA_BIN}/kafka-console-consumer.sh "$@"`;
    let records = 0;
    const stop = (): void => {
      void this.runtime.exec(this.details.id, ['sh', '-c', `kill "$(cat ${pidFile})" 2>/dev/null; rm -f ${pidFile}`]).catch(() => undefined);
    };
    options.signal?.throwIfAborted();
    options.signal?.addEventListener('abort', stop, { once: true });
    try {
      const bounded = options.maxMessages !== undefined || options.idleTimeoutMs !== undefined;
      const result = await this.runtime.exec(this.details.id, ['sh', '-c', script, 'kafka-console-consumer', '--bootstrap-server', INTERNAL_BOOTSTRAP, ...args], {
        // A follow lasts as long as the user wants; a bounded read gets the tools' bound on top of its own.
        timeoutMs: bounded ? TOOL_TIMEOUT_MS + (options.idleTimeoutMs ?? 0) : 2_000_000_000,
        onLine: (line, stream) => {
          if (stream !== 'stdout') return;
          records++;
          options.onRecord?.(line);
        },
      });
      // 143: ended by our stop (SIGTERM).
      if (result.exitCode !== 0 && !(options.signal?.aborted && result.exitCode === 143)) {
        throw new KafkaToolError('kafka-console-consumer.sh', result.exitCode, stderrTail(result));
      }
      return records;
    } finally {
      options.signal?.removeEventListener('abort', stop);
      void this.runtime.exec(this.details.id, ['rm', '-f', pidFile]).catch(() => undefined);
    }
  }

  /** Runs one of Kafka's tools against the internal listener; a non-zero exit is a KafkaToolError. */
  private async tool(name: string, args: string[], options: { stdin?: string } = {}): Promise<ExecResult> {
    if (this.details.state !== 'running') {
      throw new ClusterError(`The Kafka broker ${this.details.name} is ${this.details.state}. Start the cluster again ('flink-ft cluster up --kafka').`);
    }
    const result = await this.runtime.exec(this.details.id, [`${KAFKA_BIN}/${name}`, '--bootstrap-server', INTERNAL_BOOTSTRAP, ...args], {
      timeoutMs: TOOL_TIMEOUT_MS,
      ...options,
    });
    if (result.exitCode !== 0) throw new KafkaToolError(name, result.exitCode, stderrTail(result));
    return result;
  }
}

function requireTopic(topic: string): void {
  if (!isValidTopicName(topic)) {
    throw new ClusterError(`'${topic}' is not a valid Kafka topic name. Use letters, digits, '.', '_' and '-' (at most 249).`);
  }
}

// ExecResult interleaves both streams; the tools log on stderr with a "[date] LEVEL" prefix only.
function stdoutLines(result: ExecResult): string[] {
  return result.output.split('\n').filter((l) => !/^\[\d{4}-\d\d-\d\d /.test(l) && !/^SLF4J/.test(l));
}

function stderrTail(result: ExecResult): string {
  return result.output.split('\n').filter((l) => l.trim() !== '').slice(-8).join('\n');
}
