import { describe, expect, it } from 'vitest';
import type { ClusterStatus } from '../../../core/cluster/index.js';
import { ClusterProgressPrinter } from './cluster-progress.js';
import { clusterJson, formatClusterStatus, formatJobManagerKill, formatTaskManagerAction } from './cluster-report.js';
import { formatOutputLine, sortTaskManagerIds, splitLines } from './logs.js';

const status: ClusterStatus = {
  name: 'proj-abc123',
  workspace: '/w/proj',
  image: 'flinkft/flink:local',
  restUrl: 'http://127.0.0.1:8081',
  jobManager: { containerId: 'c0', containerName: 'flinkft-proj-abc123-jobmanager', state: 'running' },
  taskManagers: [
    { id: 'tm-1', containerId: 'c1', containerName: 'flinkft-proj-abc123-tm-1', state: 'running', logDir: '/w/proj/.flink/logs/tm-1', registered: true, slots: 2, freeSlots: 1 },
    { id: 'tm-2', containerId: 'c2', containerName: 'flinkft-proj-abc123-tm-2', state: 'exited', logDir: '/w/proj/.flink/logs/tm-2', registered: false },
  ],
  rest: { reachable: true, flinkVersion: '1.20.5', slotsTotal: 2, slotsAvailable: 1, jobsRunning: 1 },
};

const haStatus: ClusterStatus = {
  ...status,
  highAvailability: {
    jobManagers: [
      { id: 'jm-1', containerId: 'j1', containerName: 'flinkft-proj-abc123-jm-1', state: 'exited', restUrl: 'http://127.0.0.1:8081', leader: false },
      { id: 'jm-2', containerId: 'j2', containerName: 'flinkft-proj-abc123-jm-2', state: 'running', restUrl: 'http://127.0.0.1:8082', leader: true },
    ],
    leader: 'jm-2',
    leaderAddress: 'pekko.tcp://flink@jm-2:40000/user/rpc/dispatcher_1',
    zooKeeper: { containerName: 'flinkft-proj-abc123-zookeeper', state: 'running' },
  },
};

describe('an HA cluster in status and kill-jm output', () => {
  it('lists every JobManager with leader or standby, and ZooKeeper, in text and JSON', () => {
    const text = formatClusterStatus(haStatus, 'Local Flink cluster');
    expect(text).toContain('  JobManagers    2, high availability through ZooKeeper (running): jm-2 leads\n');
    expect(text).toContain('    jm-1  exited   standby  http://127.0.0.1:8081  flinkft-proj-abc123-jm-1\n');
    expect(text).toContain('    jm-2  running  leader   http://127.0.0.1:8082  flinkft-proj-abc123-jm-2\n');
    const json = clusterJson(haStatus, true);
    if (!json.running) throw new Error('expected a running cluster');
    expect(json.highAvailability?.leader).toBe('jm-2');
    expect(json.containers.filter((c) => c.role !== 'taskmanager').map((c) => `${c.role} ${c.jmId ?? ''} ${c.state}`)).toEqual(['jobmanager jm-1 exited', 'jobmanager jm-2 running', 'zookeeper  running']);
  });

  it('says what follows a JobManager kill, with and without HA', () => {
    const jm = haStatus.highAvailability!.jobManagers[0]!;
    expect(formatJobManagerKill(jm, true, true)).toMatch(/^Killed jm-1 \(the leader\) with SIGKILL.*A standby takes over/);
    expect(formatJobManagerKill(jm, false, true)).toMatch(/It was a standby/);
    expect(formatJobManagerKill(jm, true, false)).toMatch(/no high availability: its jobs are gone/);
  });
});

describe('clusterJson', () => {
  it('carries the REST URL, every container and the TaskManager ids', () => {
    const json = clusterJson(status, false);
    expect(json).toMatchObject({ running: true, adopted: false, restUrl: 'http://127.0.0.1:8081', taskManagerIds: ['tm-1', 'tm-2'] });
    if (!json.running) throw new Error('expected a running cluster');
    expect(json.containers).toEqual([
      { role: 'jobmanager', id: 'c0', name: 'flinkft-proj-abc123-jobmanager', state: 'running' },
      { role: 'taskmanager', id: 'c1', name: 'flinkft-proj-abc123-tm-1', state: 'running', tmId: 'tm-1' },
      { role: 'taskmanager', id: 'c2', name: 'flinkft-proj-abc123-tm-2', state: 'exited', tmId: 'tm-2' },
    ]);
  });
});

describe('formatClusterStatus', () => {
  it('lists the URL, the JobManager and one aligned line per TaskManager', () => {
    expect(formatClusterStatus(status, "Local Flink cluster 'proj-abc123'").split('\n')).toEqual([
      "Local Flink cluster 'proj-abc123'",
      '  Web UI / REST  http://127.0.0.1:8081',
      '  Image          flinkft/flink:local',
      '  Status         Flink 1.20.5, 2 slots (1 free), 1 jobs running',
      '  JobManager     running  flinkft-proj-abc123-jobmanager',
      '  TaskManagers   1 running, 1 registered:',
      '    tm-1  running  registered, 2 slots (1 free)      flinkft-proj-abc123-tm-1',
      '    tm-2  exited   not registered                    flinkft-proj-abc123-tm-2',
      '  Logs           /w/proj/.flink/logs/<tm-id>/*.out',
      '',
    ]);
  });

  it('says when REST does not answer yet', () => {
    const text = formatClusterStatus({ ...status, rest: { reachable: false, error: 'connect ECONNREFUSED' } }, 'x');
    expect(text).toContain('  Status         REST API not answering yet (connect ECONNREFUSED)\n');
  });
});

describe('formatTaskManagerAction', () => {
  it('says what happened and when Flink notices a kill', () => {
    expect(formatTaskManagerAction('killed', { ...status.taskManagers[1]! }, 4000)).toBe(
      'Killed tm-2 with SIGKILL, like a crash (container flinkft-proj-abc123-tm-2 is exited). Flink notices within about 4 s (heartbeat.timeout).\n',
    );
    expect(formatTaskManagerAction('added', { ...status.taskManagers[0]! })).toBe(
      'Started tm-1 (container flinkft-proj-abc123-tm-1, running). Its stdout: /w/proj/.flink/logs/tm-1/*.out\n',
    );
  });
});

describe('ClusterProgressPrinter', () => {
  it('prints every step and at most one pull line a second', () => {
    let now = 0;
    const written: string[] = [];
    const printer = new ClusterProgressPrinter({ write: (t: string) => written.push(t) }, () => now);
    printer.report({ step: 'image', message: 'Checking image flink:1.20-java17' });
    printer.report({ step: 'image', message: 'Pulling: Downloading', pull: { status: 'Downloading', current: 50, total: 200 } });
    now = 500;
    printer.report({ step: 'image', message: 'Pulling: Downloading', pull: { status: 'Downloading', current: 100, total: 200 } });
    now = 1_000;
    printer.report({ step: 'image', message: 'Pulling: Extracting', pull: { status: 'Extracting' } });
    printer.report({ step: 'create', message: 'Starting TaskManager tm-1' });
    expect(written).toEqual(['Checking image flink:1.20-java17\n', 'Pulling: Downloading (25%)\n', 'Pulling: Extracting\n', 'Starting TaskManager tm-1\n']);
  });
});

describe('logs output', () => {
  it('prefixes lines only when several TaskManagers are shown, and sorts ids by number', () => {
    expect(formatOutputLine('tm-2', 'hello', true)).toBe('tm-2 | hello\n');
    expect(formatOutputLine('tm-2', 'hello', false)).toBe('hello\n');
    expect(sortTaskManagerIds(['tm-10', 'tm-2', 'tm-1', 'tm-2'])).toEqual(['tm-1', 'tm-2', 'tm-10']);
  });

  it('splits file text into lines without inventing an empty last one', () => {
    expect(splitLines('')).toEqual([]);
    expect(splitLines('a\r\nb\n')).toEqual(['a', 'b']);
    expect(splitLines('a\n\nb')).toEqual(['a', '', 'b']);
  });
});
