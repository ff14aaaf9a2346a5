import { createHash } from 'node:crypto';
import { networkName, type ClusterBlueprint } from '../cluster-blueprint.js';
import { kafkaLabels } from '../labels.js';
import type { ContainerSpec } from '../runtime/runtime-client.js';

/** Network alias and hostname of the broker: jobs reach it as `kafka:9092`. */
export const KAFKA_ALIAS = 'kafka';
/** Listener for jobs and the tools run inside the broker (advertised as kafka:9092). */
export const KAFKA_INTERNAL_PORT = 9092;
/** KRaft controller listener, inside the container only. */
const KAFKA_CONTROLLER_PORT = 9093;
/** Listener for the host, published on 127.0.0.1:<hostPort> and advertised under that address. */
const KAFKA_HOST_LISTENER_PORT = 19092;
export const DEFAULT_KAFKA_HOST_PORT = 9092;
const KAFKA_START_COMMAND = '/etc/kafka/docker/run';
/** Where both images keep the command-line tools (kafka-topics.sh, kafka-console-consumer.sh, …). */
export const KAFKA_BIN = '/opt/kafka/bin';
/** The broker's default, set explicitly so that what we report is what the broker enforces. */
export const DEFAULT_TRANSACTION_MAX_TIMEOUT_MS = 900_000;

/** Kafka release the cluster is tested with (the local image is built from its Maven Central jars). */
export const DEFAULT_KAFKA_VERSION = '4.1.1';

/** The official image users get by default. */
export function officialKafkaImage(version = DEFAULT_KAFKA_VERSION): string {
  return `apache/kafka:${version}`;
}

/**
 * The Kafka image, the same in every face: the setting (`--kafka-image`, `flinkFt.cluster.kafkaImage`),
 * else `$FLINKFT_KAFKA_IMAGE` (offline machines name their locally built flinkft/kafka image there),
 * else the official image.
 */
export function resolveKafkaImage(settings: { kafkaImage?: string }, context: { env: Readonly<Record<string, string | undefined>> }): string {
  return settings.kafkaImage?.trim() || context.env['FLINKFT_KAFKA_IMAGE']?.trim() || officialKafkaImage();
}

export interface KafkaOptions {
  /** Any image with the apache/kafka contract (docs/kafka.md); default `apache/kafka:<version>`. */
  image?: string;
  /** Host port of the broker on 127.0.0.1 (default 9092). */
  hostPort?: number;
  /** Broker properties on top of ours, by Kafka key (`transaction.max.timeout.ms`). */
  properties?: Record<string, string>;
}

export function kafkaContainerName(cluster: string): string {
  return `flinkft-${cluster}-kafka`;
}

/** Broker configuration of the single KRaft node (broker and controller in one process). */
export function kafkaBrokerProperties(hostPort: number, overrides: Readonly<Record<string, string>> = {}): Record<string, string> {
  return {
    'node.id': '1',
    'process.roles': 'broker,controller',
    listeners: `INTERNAL://:${KAFKA_INTERNAL_PORT},HOST://:${KAFKA_HOST_LISTENER_PORT},CONTROLLER://:${KAFKA_CONTROLLER_PORT}`,
    // Each client gets the address it can reach: jobs the network alias, the host the published port.
    'advertised.listeners': `INTERNAL://${KAFKA_ALIAS}:${KAFKA_INTERNAL_PORT},HOST://127.0.0.1:${hostPort}`,
    'listener.security.protocol.map': 'INTERNAL:PLAINTEXT,HOST:PLAINTEXT,CONTROLLER:PLAINTEXT',
    'inter.broker.listener.name': 'INTERNAL',
    'controller.listener.names': 'CONTROLLER',
    'controller.quorum.voters': `1@localhost:${KAFKA_CONTROLLER_PORT}`,
    // One broker: internal topics cannot have more replicas than that.
    'offsets.topic.replication.factor': '1',
    'transaction.state.log.replication.factor': '1',
    'transaction.state.log.min.isr': '1',
    'group.initial.rebalance.delay.ms': '0',
    'transaction.max.timeout.ms': String(DEFAULT_TRANSACTION_MAX_TIMEOUT_MS),
    ...overrides,
  };
}

/** `transaction.max.timeout.ms` → `KAFKA_TRANSACTION_MAX_TIMEOUT_MS` (the apache/kafka image's rule). */
export function kafkaEnvName(key: string): string {
  return `KAFKA_${key.replace(/_/g, '__').replace(/-/g, '___').replace(/\./g, '_').toUpperCase()}`;
}

/** The inverse of kafkaEnvName, for reading a running broker's configuration back. */
export function kafkaKeyOfEnv(name: string): string | undefined {
  if (!name.startsWith('KAFKA_')) return undefined;
  return name
    .slice('KAFKA_'.length)
    .toLowerCase()
    .replace(/___/g, '-')
    .replace(/__/g, '\u0001')
    .replace(/_/g, '.')
    .replace(/\u0001/g, '_');
}

/** A stable KRaft cluster id per cluster name: 16 bytes, base64url without padding (what `kafka-storage random-uuid` prints). */
export function kafkaClusterId(cluster: string): string {
  return createHash('sha256').update(`flinkft-kafka:${cluster}`).digest().subarray(0, 16).toString('base64url');
}

export function kafkaBrokerSpec(bp: ClusterBlueprint, image: string, hostPort: number, overrides?: Readonly<Record<string, string>>): ContainerSpec {
  const properties = kafkaBrokerProperties(hostPort, overrides);
  const env: Record<string, string> = { CLUSTER_ID: kafkaClusterId(bp.name), KAFKA_HEAP_OPTS: '-Xmx512m -Xms256m' };
  for (const [key, value] of Object.entries(properties)) env[kafkaEnvName(key)] = value;
  return {
    name: kafkaContainerName(bp.name),
    image,
    // The official image's start command: environment → server.properties, format, start.
    cmd: [KAFKA_START_COMMAND],
    hostname: KAFKA_ALIAS,
    env,
    labels: kafkaLabels(bp.labels, hostPort),
    network: networkName(bp.name),
    networkAliases: [KAFKA_ALIAS],
    ports: [{ containerPort: KAFKA_HOST_LISTENER_PORT, hostIp: '127.0.0.1', hostPort }],
  };
}
