import { describe, expect, it } from 'vitest';
import type { ClusterStatus } from '../../../core/cluster/index.js';
import type { JobOverview } from '../../../core/flink-rest/index.js';
import { buildClusterTree, statusBarText, type TreeNode } from './cluster-tree-model.js';

const status: ClusterStatus = {
  name: 'proj-abc123',
  workspace: '/w/proj',
  image: 'flinkft/flink:local',
  restUrl: 'http://127.0.0.1:8081',
  jobManager: { containerId: 'c0', containerName: 'flinkft-proj-abc123-jobmanager', state: 'running' },
  taskManagers: [
    { id: 'tm-1', containerId: 'c1', containerName: 'n1', state: 'running', logDir: '/w/proj/.flink/logs/tm-1', registered: true, slots: 2, freeSlots: 1 },
    { id: 'tm-2', containerId: 'c2', containerName: 'n2', state: 'exited', logDir: '/w/proj/.flink/logs/tm-2', registered: false },
    { id: 'tm-3', containerId: 'c3', containerName: 'n3', state: 'running', logDir: '/w/proj/.flink/logs/tm-3', registered: false, limits: { cpus: 0.5, memoryBytes: 1280 * 1024 ** 2, slots: 3 } },
  ],
  rest: { reachable: true, flinkVersion: '1.20.5', slotsTotal: 2, slotsAvailable: 1, jobsRunning: 1 },
};

function job(name: string, state: JobOverview['state'], start: number): JobOverview {
  return { jid: `id-${name}`, name, state, 'start-time': start, 'end-time': -1, duration: 0, 'last-modification': start, tasks: {} };
}

/** label · description · contextValue · icon, indented by depth: the tree as a reader sees it. */
function outline(nodes: readonly TreeNode[], depth = 0): string[] {
  return nodes.flatMap((n) => [
    `${'  '.repeat(depth)}${n.label} · ${n.description ?? ''} · ${n.contextValue} · ${n.icon}`,
    ...outline(n.children ?? [], depth + 1),
  ]);
}

describe('buildClusterTree', () => {
  it('shows the cluster, the JobManager, each TaskManager with slots and state, running jobs newest first, then ended ones', () => {
    const tree = buildClusterTree({
      kind: 'running',
      status,
      jobs: [job('old', 'RUNNING', 1), job('done', 'FINISHED', 2), job('new', 'RESTARTING', 3)],
    });
    expect(outline(tree)).toEqual([
      'Local cluster · running · http://127.0.0.1:8081 · cluster · server',
      '  JobManager · running · Flink 1.20.5 · jobmanager · pulse',
      '  TaskManagers · 1 registered · 1/2 slots free · taskmanagers · server-environment',
      '    tm-1 · running · 2 slots, 1 free · taskmanager-registered · vm-running',
      '    tm-2 · exited · not registered · taskmanager-exited · vm-outline',
      '    tm-3 · running · registering… · 0.5 CPUs, 1280 MiB, 3 slots · taskmanager-starting · loading~spin',
      '  Jobs · 2 running · jobs · run-all',
      '    new · restarting · job.restarting · warning',
      '    old · running · job.running · play-circle',
      '    done · finished · job.finished · pass',
    ]);
    const tms = tree[0]?.children?.[1]?.children ?? [];
    expect(tms.map((n) => n.tmId)).toEqual(['tm-1', 'tm-2', 'tm-3']);
    expect(tms.map((n) => n.id)).toEqual(['tm:proj-abc123:tm-1', 'tm:proj-abc123:tm-2', 'tm:proj-abc123:tm-3']);
  });

  it('with high availability shows the JobManagers, which one leads and which stand by', () => {
    const jm = (id: string, state: 'running' | 'exited', leader: boolean, port: number) => ({ id, containerId: id, containerName: `flinkft-proj-abc123-${id}`, state, restUrl: `http://127.0.0.1:${port}`, leader });
    const highAvailability = {
      jobManagers: [jm('jm-1', 'exited', false, 8081), jm('jm-2', 'running', true, 8082)],
      leader: 'jm-2',
      leaderAddress: 'pekko.tcp://flink@jm-2:40000/user/rpc/dispatcher_1',
      zooKeeper: { containerName: 'flinkft-proj-abc123-zookeeper', state: 'running' as const },
    };
    const tree = buildClusterTree({ kind: 'running', status: { ...status, highAvailability }, jobs: [] });
    expect(outline([tree[0]!.children![0]!])).toEqual([
      'JobManagers · jm-2 leads · high availability · Flink 1.20.5 · jobmanager · pulse',
      '  jm-1 · exited · standby · http://127.0.0.1:8081 · message · error',
      '  jm-2 · running · leader · http://127.0.0.1:8082 · message · star-full',
    ]);
    const electing = buildClusterTree({ kind: 'running', status: { ...status, highAvailability: { ...highAvailability, leader: undefined, jobManagers: [] } }, jobs: [] });
    expect(electing[0]!.children![0]!.description).toBe('no leader (election running?) · high availability · Flink 1.20.5');
  });

  it('shows the Kafka broker between the TaskManagers and the jobs, with the address for jobs and for the host', () => {
    const kafka = {
      containerId: 'k1',
      containerName: 'flinkft-proj-abc123-kafka',
      image: 'apache/kafka:4.1.1',
      state: 'running' as const,
      bootstrapServers: '127.0.0.1:9092',
      internalBootstrapServers: 'kafka:9092',
      transactionMaxTimeoutMs: 900_000,
    };
    const tree = buildClusterTree({ kind: 'running', status: { ...status, kafka }, jobs: [] });
    const children = tree[0]?.children ?? [];
    expect(children.map((n) => n.label)).toEqual(['JobManager', 'TaskManagers', 'Kafka', 'Jobs']);
    expect(outline([children[2]!])).toEqual(['Kafka · running · kafka:9092 (jobs) · 127.0.0.1:9092 (host) · kafka · broadcast']);
    expect(children[2]?.tooltip).toContain('transaction.max.timeout.ms: 900000');
    const stopped = buildClusterTree({ kind: 'running', status: { ...status, kafka: { ...kafka, state: 'exited' } }, jobs: [] });
    expect(stopped[0]?.children?.[2]).toMatchObject({ icon: 'error', iconColor: 'errorForeground' });
  });

  it('says when there are no jobs, or when REST does not answer', () => {
    const empty = buildClusterTree({ kind: 'running', status, jobs: [] });
    expect(outline(empty[0]?.children?.slice(2) ?? [])).toEqual(['Jobs · 0 running · jobs · run-all', '  No running jobs ·  · message · info']);
    const down = buildClusterTree({ kind: 'running', status: { ...status, rest: { reachable: false, error: 'ECONNREFUSED' } }, jobs: [] });
    expect(down[0]?.description).toBe('starting · http://127.0.0.1:8081');
    expect(outline(down[0]?.children ?? [])).toContain('  REST API not answering yet ·  · message · info');
  });

  it('is empty without a cluster (the welcome view takes over) and shows progress while starting', () => {
    expect(buildClusterTree({ kind: 'none' })).toEqual([]);
    expect(buildClusterTree({ kind: 'docker-unavailable', message: 'x' })).toEqual([]);
    expect(outline(buildClusterTree({ kind: 'starting', message: 'Starting TaskManager tm-1' }))).toEqual([
      'Starting local cluster… · Starting TaskManager tm-1 · message · loading~spin',
    ]);
  });
});

describe('statusBarText', () => {
  it('counts registered TaskManagers and hides without a cluster', () => {
    expect(statusBarText({ kind: 'running', status, jobs: [] })?.text).toBe('$(server) Flink: 1 TM');
    const two = { ...status, taskManagers: status.taskManagers.map((tm) => ({ ...tm, registered: true })) };
    expect(statusBarText({ kind: 'running', status: two, jobs: [] })?.text).toBe('$(server) Flink: 3 TMs');
    expect(statusBarText({ kind: 'running', status: { ...status, jobManager: undefined }, jobs: [] })?.text).toBe('$(server) Flink: JM down');
    expect(statusBarText({ kind: 'starting', message: 'm' })?.text).toBe('$(loading~spin) Flink: starting');
    expect(statusBarText({ kind: 'none' })).toBeUndefined();
  });
});
