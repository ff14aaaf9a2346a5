// FlinkCluster.withKafka against the in-memory Docker: the broker starts with the cluster, a running
// cluster without one gets it added on the next start, and a taken host port fails before any
// container of the broker exists.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freePort } from '../../flink-rest/test-support/free-port.js';
import { FlinkCluster } from '../flink-cluster.js';
import { LABEL_ROLE } from '../labels.js';
import { FakeDocker } from '../test-support/fake-docker.js';

let base: string;
let workspace: string;
let docker: FakeDocker;
let restPort: number;
let kafkaPort: number;
let blocker: Server | undefined;

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'flinkft-kafka-start-'));
  workspace = join(base, 'project');
  await mkdir(workspace);
  docker = new FakeDocker();
  restPort = await freePort();
  kafkaPort = await freePort();
});
afterEach(async () => {
  blocker?.close();
  blocker = undefined;
  await docker[Symbol.asyncDispose]();
  await rm(base, { recursive: true, force: true });
});

function builder(): FlinkCluster {
  return new FlinkCluster(docker).withWorkspace(workspace).withImage('flinkft/flink:test').withRestPort(restPort).withTaskManagers(1);
}

function roles(): string[] {
  return [...docker.containers.values()].map((c) => c.spec.labels[LABEL_ROLE] ?? '?').sort();
}

describe('FlinkCluster.withKafka', () => {
  it('starts the broker with the cluster and reports it in the status', async () => {
    const cluster = await builder().withKafka({ image: 'flinkft/kafka:test', hostPort: kafkaPort }).start();
    expect(roles()).toEqual(['jobmanager', 'kafka', 'taskmanager']);
    expect((await cluster.status()).kafka).toMatchObject({
      image: 'flinkft/kafka:test',
      state: 'running',
      bootstrapServers: `127.0.0.1:${kafkaPort}`,
      internalBootstrapServers: 'kafka:9092',
      transactionMaxTimeoutMs: 900_000,
    });
    await cluster.down();
    expect(docker.containers.size).toBe(0);
  });

  it('a cluster without Kafka has no kafka entry in its status', async () => {
    const cluster = await builder().start();
    expect((await cluster.status()).kafka).toBeUndefined();
    expect(await cluster.kafka()).toBeUndefined();
  });

  it('adopting a running cluster without a broker adds one and keeps the cluster', async () => {
    const first = await builder().start();
    const jmBefore = (await first.jobManager())?.id;
    const again = await builder().withKafka({ image: 'flinkft/kafka:test', hostPort: kafkaPort }).start();
    expect(again.adopted).toBe(true);
    expect((await again.jobManager())?.id).toBe(jmBefore);
    expect(roles()).toEqual(['jobmanager', 'kafka', 'taskmanager']);
  });

  it('a taken host port fails with the flag to change it, and the start removes what it created', async () => {
    blocker = createServer();
    await new Promise<void>((resolve) => blocker!.listen(kafkaPort, '127.0.0.1', resolve));
    await expect(builder().withKafka({ image: 'flinkft/kafka:test', hostPort: kafkaPort }).start()).rejects.toThrow(
      new RegExp(`Port ${kafkaPort} on 127\\.0\\.0\\.1 is already in use by another program.*--kafka-port`),
    );
    expect(docker.containers.size).toBe(0);
  });

  it('with the next free port allowed, a taken host port moves to a free one', async () => {
    blocker = createServer();
    await new Promise<void>((resolve) => blocker!.listen(kafkaPort, '127.0.0.1', resolve));
    const cluster = await builder().withNextFreePortAllowed().withKafka({ image: 'flinkft/kafka:test', hostPort: kafkaPort }).start();
    const port = Number((await cluster.status()).kafka?.bootstrapServers.split(':')[1]);
    expect(port).toBeGreaterThan(kafkaPort);
  });
});
