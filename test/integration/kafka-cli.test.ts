// `flink-ft cluster up --kafka` and `flink-ft kafka …` as users run them: the built CLI as a child
// process against real Docker, real Flink and real Kafka, in a workspace of its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultClusterName, managedFilter, removeClusterResources } from '../../core/cluster/index.js';
import { ensureCliBuilt, type CliRun } from '../../cli/src/test-support/built-cli.js';
import { runBuiltCliAsync } from './support/run-built-cli-async.js';
import { tempWorkspace, testImage, testKafkaImage, testRuntime } from './support/test-cluster.js';

const runtime = testRuntime();

describe('flink-ft cluster up --kafka and flink-ft kafka on real Docker', () => {
  let workspace: Awaited<ReturnType<typeof tempWorkspace>>;
  let cli: (args: string[], stdin?: string) => Promise<CliRun>;

  beforeAll(async () => {
    ensureCliBuilt();
    workspace = await tempWorkspace('kafka-cli');
    cli = (args, stdin) => runBuiltCliAsync([...args, '--workspace', workspace.path], stdin);
  });

  afterAll(async () => {
    if (workspace) await removeClusterResources(runtime, defaultClusterName(workspace.path));
    await workspace?.[Symbol.asyncDispose]();
  });

  it('kafka commands without a cluster fail with exit 1 and say how to start one with Kafka', async () => {
    const run = await cli(['kafka', 'topics']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Start one with 'flink-ft cluster up --kafka'");
  });

  it('up --kafka --json gives the bootstrap addresses for the host and for jobs, and the transaction ceiling', async () => {
    const run = await cli([
      'cluster', 'up', '--image', testImage(), '--port', '18381', '--next-free-port', '--taskmanagers', '1',
      '--kafka', '--kafka-image', testKafkaImage(), '--kafka-port', '29192', '--json',
    ]);
    expect(run.status, run.stderr).toBe(0);
    const up = JSON.parse(run.stdout) as { kafka: Record<string, unknown>; containers: { role: string }[] };
    expect(up.kafka).toMatchObject({
      state: 'running',
      bootstrapServers: expect.stringMatching(/^127\.0\.0\.1:\d+$/),
      internalBootstrapServers: 'kafka:9092',
      transactionMaxTimeoutMs: 900_000,
    });
    expect(up.containers.map((c) => c.role)).toEqual(['jobmanager', 'taskmanager', 'kafka']);
    expect(run.stderr).toMatch(/Kafka broker started in \d+\.\d s: 127\.0\.0\.1:\d+ \(host\), kafka:9092 \(jobs\)/);
  });

  it('create, produce from stdin and --value, topics, consume --from-beginning', async () => {
    expect((await cli(['kafka', 'create', 'cli-topic', '--partitions', '1'])).status).toBe(0);
    const fromStdin = await cli(['kafka', 'produce', 'cli-topic'], 'one\ntwo\n\nthree\n');
    expect(fromStdin).toMatchObject({ status: 0, stderr: "Wrote 3 record(s) to 'cli-topic'.\n" });
    expect((await cli(['kafka', 'produce', 'cli-topic', '--value', 'four'])).status).toBe(0);
    const topics = await cli(['kafka', 'topics', '--json']);
    expect(JSON.parse(topics.stdout)).toContain('cli-topic');
    const read = await cli(['kafka', 'consume', 'cli-topic', '--from-beginning', '--max-messages', '4']);
    expect(read.status, read.stderr).toBe(0);
    expect(read.stdout).toBe('one\ntwo\nthree\nfour\n');
    expect(read.stderr).toContain("Reading 'cli-topic' (read_committed, from the beginning)");
    expect(read.stderr).toContain('Read 4 record(s).');
  });

  it('a usage mistake is exit 2 with the synopsis', async () => {
    const run = await cli(['kafka', 'consume']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('A topic name is missing');
  });

  it('down removes the broker too', async () => {
    expect((await cli(['cluster', 'down'])).status).toBe(0);
    const name = defaultClusterName(workspace.path);
    expect(await runtime.listContainers(managedFilter(name))).toEqual([]);
    expect(await runtime.listNetworks(managedFilter(name))).toEqual([]);
  });
});
