// The broker's container against the contract of the official apache/kafka image (the Docker tier
// runs our local image only, which implements the same contract: images/kafka/run.sh).
import { describe, expect, it } from 'vitest';
import { LABEL_KAFKA_PORT, LABEL_MANAGED, LABEL_ROLE, clusterLabels, clusterLevelLabels } from '../labels.js';
import { kafkaBrokerSpec, kafkaClusterId, kafkaContainerName, kafkaEnvName, kafkaKeyOfEnv, officialKafkaImage } from './kafka-blueprint.js';

const labels = clusterLabels({ cluster: 'proj-abc123', workspace: '/w/proj', restPort: 8081 });
const blueprint = { name: 'proj-abc123', workspace: '/w/proj', image: 'flink:1.20-java17', restPort: 8081, properties: {}, labels };

describe('kafkaEnvName / kafkaKeyOfEnv', () => {
  it("follows the image's rule ('.' → '_', '_' → '__', '-' → '___') both ways", () => {
    expect(kafkaEnvName('transaction.max.timeout.ms')).toBe('KAFKA_TRANSACTION_MAX_TIMEOUT_MS');
    expect(kafkaEnvName('listener.name.internal.ssl_x-y')).toBe('KAFKA_LISTENER_NAME_INTERNAL_SSL__X___Y');
    for (const key of ['transaction.max.timeout.ms', 'listener.name.internal.ssl_x-y', 'node.id']) expect(kafkaKeyOfEnv(kafkaEnvName(key))).toBe(key);
    expect(kafkaKeyOfEnv('CLUSTER_ID')).toBeUndefined();
  });
});

describe('kafkaBrokerSpec', () => {
  const spec = kafkaBrokerSpec(blueprint, officialKafkaImage(), 29092);
  const props = Object.fromEntries(Object.entries(spec.env).flatMap(([k, v]) => (kafkaKeyOfEnv(k) ? [[kafkaKeyOfEnv(k), v]] : [])));

  it("uses only the official image's start command and its environment contract", () => {
    expect(spec.image).toBe('apache/kafka:4.1.1');
    expect(spec.cmd).toEqual(['/etc/kafka/docker/run']);
    expect(Object.keys(spec.env).filter((k) => !k.startsWith('KAFKA_'))).toEqual(['CLUSTER_ID']);
    expect(spec.env['CLUSTER_ID']).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('advertises the network alias to jobs and the published loopback port to the host', () => {
    expect(spec).toMatchObject({ name: kafkaContainerName('proj-abc123'), hostname: 'kafka', network: 'flinkft-proj-abc123', networkAliases: ['kafka'] });
    expect(props['advertised.listeners']).toBe('INTERNAL://kafka:9092,HOST://127.0.0.1:29092');
    expect(props['listeners']).toBe('INTERNAL://:9092,HOST://:19092,CONTROLLER://:9093');
    expect(spec.ports).toEqual([{ containerPort: 19092, hostIp: '127.0.0.1', hostPort: 29092 }]);
  });

  it('is a single KRaft node whose internal topics fit one broker, with the transaction ceiling set explicitly', () => {
    expect(props).toMatchObject({
      'process.roles': 'broker,controller',
      'node.id': '1',
      'controller.quorum.voters': '1@localhost:9093',
      'offsets.topic.replication.factor': '1',
      'transaction.state.log.replication.factor': '1',
      'transaction.state.log.min.isr': '1',
      'transaction.max.timeout.ms': '900000',
    });
  });

  it("carries the cluster's labels plus its role and host port, and overrides win", () => {
    expect(spec.labels).toMatchObject({ ...labels, [LABEL_MANAGED]: 'true', [LABEL_ROLE]: 'kafka', [LABEL_KAFKA_PORT]: '29092' });
    expect(clusterLevelLabels(spec.labels)).toEqual(labels);
    const tuned = kafkaBrokerSpec(blueprint, 'flinkft/kafka:local', 9092, { 'transaction.max.timeout.ms': '60000' });
    expect(tuned.env['KAFKA_TRANSACTION_MAX_TIMEOUT_MS']).toBe('60000');
  });

  it('derives a stable cluster id per cluster name', () => {
    expect(kafkaClusterId('a')).toBe(kafkaClusterId('a'));
    expect(kafkaClusterId('a')).not.toBe(kafkaClusterId('b'));
    expect(Buffer.from(kafkaClusterId('a'), 'base64url')).toHaveLength(16);
  });
});
