// The Kafka end-to-end check of the recovery drill on real Docker, real Flink and real Kafka: the
// example pipeline (examples/kafka/java) gets ids through an input topic, a TaskManager is killed
// while ids the sink has written are not yet committed, and the output topic is read afterwards.
// Exactly-once: every id once (read_committed), although read_uncommitted shows the aborted copies.
// The AT_LEAST_ONCE control under exactly-once expectations: fails, listing the duplicates.
import { copyFile, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultClusterName, type KafkaBroker, type StartedFlinkCluster } from '../../core/cluster/index.js';
import { ensureCliBuilt } from '../../cli/src/test-support/built-cli.js';
import { buildIfStale } from '../../core/jobs/index.js';
import {
  RECOVERY_CLUSTER_PROPERTIES,
  formatReport,
  idOfRecord,
  runRecoveryCheck,
  withBrokerAddress,
  type RecoveryReport,
  type StepId,
} from '../../core/recovery/index.js';
import { resetCluster } from './support/reset-cluster.js';
import { runBuiltCliAsync } from './support/run-built-cli-async.js';
import { tempWorkspace, testClusterBuilder, testKafkaImage, testRuntime } from './support/test-cluster.js';

const ROOT = resolve(import.meta.dirname, '../..');
const PROJECT = resolve(ROOT, 'examples/kafka/java');
// A checkpoint every 8 s: time for the drill to write a batch, see the sink send it and kill the
// TaskManager before the next checkpoint commits it (the evidence says whether it managed).
const INTERVAL_MS = 8000;
const RECORDS = 10_000;

function jobArgs(input: string, output: string, extra: string[] = []): string[] {
  return withBrokerAddress(['--bootstrap', '{kafka}', '--input', input, '--output', output, '--checkpoint-interval-ms', String(INTERVAL_MS), ...extra], 'kafka:9092');
}

function step(report: RecoveryReport, id: StepId) {
  return report.steps.find((s) => s.id === id);
}

async function idCounts(broker: KafkaBroker, topic: string, isolation: 'read_committed' | 'read_uncommitted'): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  await broker.consume(topic, { fromBeginning: true, isolation, idleTimeoutMs: 3000, onRecord: (v) => {
    const id = idOfRecord(v, 'id');
    if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
  } });
  return counts;
}

describe('recover --verify-topic on a real cluster with Kafka', () => {
  let workspace: Awaited<ReturnType<typeof tempWorkspace>>;
  let cluster: StartedFlinkCluster;
  let broker: KafkaBroker;

  beforeAll(async () => {
    ensureCliBuilt();
    workspace = await tempWorkspace('kafka-recover');
    const [, started] = await Promise.all([
      buildIfStale(PROJECT),
      testClusterBuilder(testRuntime(), workspace.path, 'kafka-recover')
        .withRestPort(18141)
        .withTaskManagers(2)
        .withSlots(2)
        .withFlinkProperties(RECOVERY_CLUSTER_PROPERTIES)
        .withKafka({ image: testKafkaImage(), hostPort: 29141 })
        // The workspace's own name, so `flink-ft recover --workspace` adopts this cluster.
        .withName(defaultClusterName(workspace.path))
        .start(),
    ]);
    cluster = started;
    broker = (await cluster.kafka())!;
  });
  beforeEach(() => resetCluster(cluster, { count: 2 }));
  afterAll(async () => {
    await cluster?.down({ purge: true });
    await workspace?.[Symbol.asyncDispose]();
  });

  it('exactly-once: every one of 10,000 ids once in read_committed; the aborted copies show only in read_uncommitted', async () => {
    const report = await runRecoveryCheck(cluster, { artifact: PROJECT, args: jobArgs('eo-in', 'eo-out') }, {
      endToEnd: { broker, inputTopic: 'eo-in', outputTopic: 'eo-out', records: RECORDS, idField: 'id' },
    });
    console.log(`[kafka-recover] exactly-once\n${formatReport(report)}`);
    expect(report.verdict).toBe('pass');
    expect(report.endToEnd).toMatchObject({ verdict: 'pass', expected: RECORDS, distinct: RECORDS, read: RECORDS, missing: { count: 0 }, duplicates: { count: 0 } });
    console.log(`[kafka-recover] end-to-end check of ${RECORDS} ids: ${report.endToEnd!.checkMs} ms, ${report.endToEnd!.reads} read(s)`);
    const inFlight = step(report, 'ids-in-flight')!.evidence as { uncommittedAtFault: boolean; written: number; firstId: string };
    // The fault hit ids the sink had written in a transaction no checkpoint had committed.
    expect(inFlight.uncommittedAtFault).toBe(true);

    // The same topic read as users learn it: read_uncommitted also sees the aborted transaction's records.
    const committed = await idCounts(broker, 'eo-out', 'read_committed');
    const uncommitted = await idCounts(broker, 'eo-out', 'read_uncommitted');
    expect([...committed.values()].every((n) => n === 1)).toBe(true);
    expect(committed.size).toBe(RECORDS);
    const seenTwice = [...uncommitted].filter(([, n]) => n > 1).map(([id]) => id);
    expect(seenTwice.length).toBeGreaterThan(0);
    expect(seenTwice.length).toBeLessThanOrEqual(inFlight.written);
  });

  it('the PyFlink twin passes too: every id once, with the Java build\'s shaded jar beside the script', async () => {
    // A copy of the script with the connector jar beside it (flink-ft ships such jars as pipeline.jars).
    const dir = join(workspace.path, 'py');
    await mkdir(dir, { recursive: true });
    await copyFile(resolve(ROOT, 'examples/kafka/python/kafka_id_pipeline.py'), join(dir, 'kafka_id_pipeline.py'));
    await copyFile(resolve(PROJECT, 'target/kafka-exactly-once-demo-1.0.0.jar'), join(dir, 'kafka-exactly-once-demo-1.0.0.jar'));
    const report = await runRecoveryCheck(cluster, { artifact: join(dir, 'kafka_id_pipeline.py'), args: jobArgs('py-in', 'py-out') }, {
      endToEnd: { broker, inputTopic: 'py-in', outputTopic: 'py-out', records: 2000, idField: 'id' },
    });
    console.log(`[kafka-recover] pyflink\n${formatReport(report)}`);
    expect(report.verdict).toBe('pass');
    expect(report.endToEnd).toMatchObject({ verdict: 'pass', expected: 2000, distinct: 2000, read: 2000 });
  });

  it('flink-ft recover --verify-topic: the flags, {kafka} in --arg and endToEnd in --json, as users run it', async () => {
    const run = await runBuiltCliAsync([
      'recover', PROJECT, '--workspace', workspace.path,
      '--arg=--bootstrap', '--arg', '{kafka}', '--arg=--input', '--arg', 'cli-in', '--arg=--output', '--arg', 'cli-out',
      '--arg=--checkpoint-interval-ms', '--arg', String(INTERVAL_MS),
      '--input-topic', 'cli-in', '--records', '1000', '--verify-topic', 'cli-out', '--id-field', 'id', '--json',
    ]);
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as RecoveryReport;
    expect(report.job.args).toContain('kafka:9092');
    expect(report.endToEnd).toMatchObject({ verdict: 'pass', expected: 1000, distinct: 1000, read: 1000, inputTopic: 'cli-in', outputTopic: 'cli-out', idField: 'id' });
    expect(run.stderr).toContain('ids in flight at the fault');
  });

  it('the AT_LEAST_ONCE sink under exactly-once expectations fails, listing the duplicates', async () => {
    const report = await runRecoveryCheck(cluster, { artifact: PROJECT, args: jobArgs('alo-in', 'alo-out', ['--delivery', 'at-least-once']) }, {
      endToEnd: { broker, inputTopic: 'alo-in', outputTopic: 'alo-out', records: 2000, idField: 'id', guarantee: 'exactly-once' },
    });
    console.log(`[kafka-recover] at-least-once control\n${formatReport(report)}`);
    const inFlight = step(report, 'ids-in-flight')!.evidence as { uncommittedAtFault: boolean; written: number };
    // Deterministic: the batch was out of the sink and no checkpoint had completed since it was written.
    expect(inFlight.uncommittedAtFault).toBe(true);
    expect(report.verdict).toBe('fail');
    expect(report.decisiveStep?.id).toBe('ids-delivered');
    expect(report.endToEnd).toMatchObject({ verdict: 'fail', guarantee: 'exactly-once', missing: { count: 0 } });
    expect(report.endToEnd!.duplicates.count).toBeGreaterThan(0);
    expect(report.endToEnd!.duplicates.examples.length).toBeGreaterThan(0);
    expect(report.summary).toContain('duplicated');
    // Flink itself recovered: only the end-to-end check shows what went wrong.
    expect(step(report, 'restored-from-checkpoint')?.status).toBe('passed');
  });
});
