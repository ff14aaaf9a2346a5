// A Kafka broker in the local cluster, on real Docker with real Kafka and real Flink: started with
// the cluster, reachable from the host (127.0.0.1, advertised so) and from the cluster's containers
// by name, topics created/written/read through Kafka's own tools in the broker, removed by label.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KafkaBroker, LABEL_MANAGED, LABEL_ROLE, managedFilter, type StartedFlinkCluster } from '../../core/cluster/index.js';
import { checkOutputIds, writeInputIds } from '../../core/recovery/index.js';
import { advertisedBrokers } from './support/kafka-metadata-probe.js';
import { tempWorkspace, testClusterBuilder, testKafkaImage, testRuntime } from './support/test-cluster.js';
import { LABEL_TEST_RUN } from './support/test-run.js';
import { waitFor } from './support/wait-for.js';

const runtime = testRuntime();

describe('a Kafka broker in the local cluster', () => {
  let workspace: Awaited<ReturnType<typeof tempWorkspace>>;
  let cluster: StartedFlinkCluster;
  let broker: KafkaBroker;
  let hostPort: number;

  beforeAll(async () => {
    workspace = await tempWorkspace('kafka');
    cluster = await testClusterBuilder(runtime, workspace.path, 'kafka')
      .withTaskManagers(1)
      .withKafka({ image: testKafkaImage(), hostPort: 29092 })
      .start();
    broker = (await cluster.kafka())!;
    hostPort = Number(broker.status().bootstrapServers.split(':')[1]);
  });

  afterAll(async () => {
    await cluster?.down();
    await workspace?.[Symbol.asyncDispose]();
  });

  it('runs with the cluster, labelled like it, and reports both bootstrap addresses and the transaction ceiling', async () => {
    const status = await cluster.status();
    expect(status.kafka).toMatchObject({
      state: 'running',
      image: testKafkaImage(),
      bootstrapServers: `127.0.0.1:${hostPort}`,
      internalBootstrapServers: 'kafka:9092',
      transactionMaxTimeoutMs: 900_000,
    });
    const [container] = await runtime.listContainers({ ...managedFilter(cluster.name), [LABEL_ROLE]: 'kafka' });
    expect(container?.labels).toMatchObject({ [LABEL_MANAGED]: 'true', [LABEL_TEST_RUN]: expect.any(String) });
    // Published on loopback only.
    expect(container?.ports).toEqual([{ containerPort: 19092, hostIp: '127.0.0.1', hostPort }]);
  });

  it('the reported transaction.max.timeout.ms is what the broker enforces', async () => {
    const { exitCode, output } = await runtime.exec(broker.status().containerId, [
      '/opt/kafka/bin/kafka-configs.sh', '--bootstrap-server', 'kafka:9092', '--entity-type', 'brokers', '--entity-name', '1', '--describe', '--all',
    ]);
    expect(exitCode).toBe(0);
    expect(output).toMatch(new RegExp(`transaction\\.max\\.timeout\\.ms=${broker.status().transactionMaxTimeoutMs}\\b`));
  });

  it('answers the Kafka protocol on 127.0.0.1 and advertises that address to host clients', async () => {
    expect(await advertisedBrokers('127.0.0.1', hostPort)).toEqual([{ nodeId: 1, host: '127.0.0.1', port: hostPort }]);
  });

  it('is reachable by name from the Flink containers on the cluster network', async () => {
    const [tm] = await cluster.taskManagers();
    for (const containerId of [(await cluster.jobManager())!.id, tm!.containerId]) {
      const probe = await runtime.exec(containerId, ['bash', '-c', 'getent hosts kafka && exec 3<>/dev/tcp/kafka/9092 && echo connected']);
      expect(probe).toMatchObject({ exitCode: 0, output: expect.stringContaining('connected') });
    }
  });

  it('creates and lists topics', async () => {
    await broker.createTopic('round-trip', { partitions: 1 });
    await broker.createTopic('round-trip'); // exists: no error
    expect(await broker.listTopics()).toContain('round-trip');
  });

  it('reads back from the beginning exactly what was produced, in order', async () => {
    const values = Array.from({ length: 200 }, (_, i) => `record-${i}`);
    expect(await broker.produce('round-trip', values)).toBe(200);
    const read: string[] = [];
    const count = await broker.consume('round-trip', { fromBeginning: true, maxMessages: 200, onRecord: (v) => read.push(v) });
    expect(count).toBe(200);
    expect(read).toEqual(values);
  });

  it('follows a topic until stopped, and stopping ends the consumer in the broker', async () => {
    await broker.createTopic('follow');
    const stop = new AbortController();
    const seen: string[] = [];
    const following = broker.consume('follow', { onRecord: (v) => seen.push(v), signal: stop.signal });
    // New records only: keep writing until the consumer, once subscribed, shows one.
    await waitFor(
      async () => {
        if (seen.length === 0) await broker.produce('follow', [`tick-${Date.now()}`]);
        return seen.length > 0;
      },
      'the follower to print a record produced after it started',
      120_000,
    );
    stop.abort();
    await expect(following).resolves.toBeGreaterThan(0);
    expect(seen.every((v) => v.startsWith('tick-'))).toBe(true);
    await waitFor(
      async () => (await runtime.exec(broker.status().containerId, ['sh', '-c', 'ps -eo args | grep -v grep | grep -c ConsoleConsumer || true'])).output.trim() === '0',
      'the console consumer process to end',
      30_000,
    );
  });

  it('refuses a record with a line break and a bad topic name with a message that says what to do', async () => {
    await expect(broker.produce('round-trip', ['a\nb'])).rejects.toThrow(/cannot contain a line break/);
    await expect(broker.createTopic('no spaces')).rejects.toThrow(/not a valid Kafka topic name/);
  });

  it('the end-to-end check writes unique ids, reads them back read_committed, and names duplicates and missing ids', async () => {
    const ids = await writeInputIds(broker, { inputTopic: 'e2e-in', run: `run${Date.now()}`, records: 1000 });
    expect(new Set(ids).size).toBe(1000);
    const read: string[] = [];
    await broker.consume('e2e-in', { fromBeginning: true, maxMessages: 1000, onRecord: (v) => read.push(v) });
    expect(read).toEqual(ids);
    // A pipeline stand-in: every id once to one output topic; to another, a replayed stretch and a gap.
    await broker.createTopic('e2e-once');
    await broker.produce('e2e-once', ids);
    await broker.createTopic('e2e-replayed');
    await broker.produce('e2e-replayed', [...ids.slice(0, 600), ...ids.slice(500, 990)]);
    const once = await checkOutputIds(broker, { outputTopic: 'e2e-once', expectedIds: ids, guarantee: 'exactly-once', idleTimeoutMs: 3000 });
    expect(once).toMatchObject({ verdict: 'pass', read: 1000, distinct: 1000 });
    const replayed = await checkOutputIds(broker, { outputTopic: 'e2e-replayed', expectedIds: ids, guarantee: 'exactly-once', idleTimeoutMs: 3000 });
    expect(replayed).toMatchObject({ verdict: 'fail', read: 1090, missing: { count: 10, examples: ids.slice(990, 995) }, duplicates: { count: 100, extraRecords: 100 } });
    const atLeastOnce = await checkOutputIds(broker, { outputTopic: 'e2e-replayed', expectedIds: ids.slice(0, 990), guarantee: 'at-least-once', idleTimeoutMs: 3000 });
    expect(atLeastOnce).toMatchObject({ verdict: 'pass', duplicates: { count: 100 } });
  });

  it('down removes the broker with the rest: nothing labelled with the cluster is left', async () => {
    await cluster.down();
    expect(await runtime.listContainers(managedFilter(cluster.name))).toEqual([]);
    expect(await runtime.listNetworks(managedFilter(cluster.name))).toEqual([]);
    expect(await KafkaBroker.find(runtime, cluster.name)).toBeUndefined();
  });
});
