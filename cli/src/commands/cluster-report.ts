import { describeLimits } from './task-manager-limits.js';
import type { ClusterStatus, HighAvailabilityStatus, JobManagerHandle, KafkaStatus, TaskManagerHandle, TaskManagerStatus } from '../../../core/cluster/index.js';

/** One container of the cluster in `--json` output. */
export interface ContainerJson {
  role: 'jobmanager' | 'taskmanager' | 'kafka' | 'zookeeper';
  id: string;
  name: string;
  state: string;
  tmId?: string;
  jmId?: string;
}

/** `flink-ft cluster up|status --json`: a stable shape for scripts (documented in docs/cli.md). */
export type ClusterJson =
  | {
      running: true;
      /** True when `up` found the cluster already running and used it. */
      adopted: boolean;
      name: string;
      workspace: string;
      image: string;
      restUrl: string;
      jobManager: ClusterStatus['jobManager'] | null;
      taskManagers: TaskManagerStatus[];
      taskManagerIds: string[];
      containers: ContainerJson[];
      rest: ClusterStatus['rest'];
      /** Only for a cluster started with `--kafka`: bootstrap addresses for the host and for jobs. */
      kafka?: KafkaStatus;
      /** Only for a cluster started with `--ha`: the JobManagers, which leads, ZooKeeper. */
      highAvailability?: HighAvailabilityStatus;
    }
  | { running: false; workspace: string };

export function clusterJson(status: ClusterStatus, adopted: boolean): ClusterJson {
  const ha = status.highAvailability;
  const containers: ContainerJson[] = [
    ...(ha
      ? ha.jobManagers.map((jm) => ({ role: 'jobmanager' as const, id: jm.containerId, name: jm.containerName, state: jm.state, jmId: jm.id }))
      : status.jobManager
        ? [{ role: 'jobmanager' as const, id: status.jobManager.containerId, name: status.jobManager.containerName, state: status.jobManager.state }]
        : []),
    ...(ha?.zooKeeper ? [{ role: 'zookeeper' as const, id: '', name: ha.zooKeeper.containerName, state: ha.zooKeeper.state }] : []),
    ...status.taskManagers.map((tm) => ({ role: 'taskmanager' as const, id: tm.containerId, name: tm.containerName, state: tm.state, tmId: tm.id })),
    ...(status.kafka ? [{ role: 'kafka' as const, id: status.kafka.containerId, name: status.kafka.containerName, state: status.kafka.state }] : []),
  ];
  return {
    running: true,
    adopted,
    name: status.name,
    workspace: status.workspace,
    image: status.image,
    restUrl: status.restUrl,
    jobManager: status.jobManager ?? null,
    taskManagers: status.taskManagers,
    taskManagerIds: status.taskManagers.map((tm) => tm.id),
    containers,
    rest: status.rest,
    ...(status.kafka ? { kafka: status.kafka } : {}),
    ...(ha ? { highAvailability: ha } : {}),
  };
}

/** The human-readable status block of `up` and `status`. */
export function formatClusterStatus(status: ClusterStatus, headline: string): string {
  const running = status.taskManagers.filter((tm) => tm.state === 'running').length;
  const registered = status.taskManagers.filter((tm) => tm.registered).length;
  const rest = status.rest.reachable
    ? `Flink ${status.rest.flinkVersion}, ${status.rest.slotsTotal} slots (${status.rest.slotsAvailable} free), ${status.rest.jobsRunning} jobs running`
    : `REST API not answering yet (${status.rest.error})`;
  const idWidth = Math.max(0, ...status.taskManagers.map((tm) => tm.id.length));
  const stateWidth = Math.max(0, ...status.taskManagers.map((tm) => tm.state.length));
  const tmLines = status.taskManagers.map((tm) => {
    const reg = tm.registered ? `registered, ${tm.slots ?? '?'} slots (${tm.freeSlots ?? '?'} free)` : 'not registered';
    const limits = describeLimits(tm.limits);
    return `    ${tm.id.padEnd(idWidth)}  ${tm.state.padEnd(stateWidth)}  ${reg.padEnd(32)}  ${tm.containerName}${limits ? `  (${limits})` : ''}`.trimEnd();
  });
  return [
    headline,
    `  Web UI / REST  ${status.restUrl}`,
    `  Image          ${status.image}`,
    `  Status         ${rest}`,
    ...(status.highAvailability
      ? haLines(status.highAvailability)
      : [`  JobManager     ${status.jobManager ? `${status.jobManager.state}  ${status.jobManager.containerName}` : 'missing'}`]),
    `  TaskManagers   ${running} running, ${registered} registered${status.taskManagers.length === 0 ? '' : ':'}`,
    ...tmLines,
    ...(status.kafka ? kafkaLines(status.kafka) : []),
    `  Logs           ${status.workspace}/.flink/logs/<tm-id>/*.out`,
    '',
  ].join('\n');
}

function haLines(ha: HighAvailabilityStatus): string[] {
  const leader = ha.leader ? `${ha.leader} leads` : `no leader published (${ha.leaderAddress ?? 'election running?'})`;
  return [
    `  JobManagers    ${ha.jobManagers.length}, high availability through ZooKeeper (${ha.zooKeeper?.state ?? 'missing'}): ${leader}`,
    ...ha.jobManagers.map((jm) => `    ${jm.id}  ${jm.state.padEnd(7)}  ${(jm.leader ? 'leader' : 'standby').padEnd(7)}  ${jm.restUrl}  ${jm.containerName}`),
  ];
}

/** One line after kill-jm. */
export function formatJobManagerKill(jm: JobManagerHandle, wasLeader: boolean, highAvailability: boolean): string {
  const what = `Killed ${jm.id}${wasLeader ? ' (the leader)' : ''} with SIGKILL, like a crash (container ${jm.containerName} is ${jm.state}).`;
  const next = !highAvailability
    ? " The cluster has no high availability: its jobs are gone. 'flink-ft cluster up' starts it afresh; 'up --ha' survives this."
    : wasLeader
      ? " A standby takes over once the leader's ZooKeeper session expires (high-availability.zookeeper.client.session-timeout); 'flink-ft cluster status' shows the new leader, 'flink-ft cluster up' starts the killed one again as a standby."
      : " It was a standby: the leader and the jobs are unaffected; 'flink-ft cluster up' starts it again.";
  return `${what}${next}\n`;
}

function kafkaLines(kafka: KafkaStatus): string[] {
  return [
    `  Kafka          ${kafka.state}  ${kafka.containerName}  (${kafka.image})`,
    `    host         ${kafka.bootstrapServers}`,
    `    jobs         ${kafka.internalBootstrapServers}`,
    `    transaction.max.timeout.ms  ${kafka.transactionMaxTimeoutMs}`,
  ];
}

/** One line after kill-tm / stop-tm / add-tm. */
export function formatTaskManagerAction(action: 'killed' | 'stopped' | 'added', tm: TaskManagerHandle, heartbeatTimeoutMs?: number): string {
  switch (action) {
    case 'killed':
      return (
        `Killed ${tm.id} with SIGKILL, like a crash (container ${tm.containerName} is ${tm.state}).` +
        (heartbeatTimeoutMs !== undefined ? ` Flink notices within about ${Math.round(heartbeatTimeoutMs / 1000)} s (heartbeat.timeout).` : '') +
        '\n'
      );
    case 'stopped':
      return `Stopped ${tm.id} with SIGTERM (container ${tm.containerName} is ${tm.state}); it unregisters from the JobManager.\n`;
    case 'added':
      return `Started ${tm.id} (container ${tm.containerName}, ${tm.state}${tm.limits ? `; ${describeLimits(tm.limits)}` : ''}). Its stdout: ${tm.logDir}/*.out\n`;
  }
}
