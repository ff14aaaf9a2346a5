// The Flink view's content as plain data, built from a cluster snapshot. No `vscode` import, so the
// tree's shape is unit-tested; cluster-tree-provider.ts only maps nodes to TreeItems.
import { describeLimits, type ClusterStatus, type KafkaStatus, type TaskManagerStatus } from '../../../core/cluster/index.js';
import type { JobOverview } from '../../../core/flink-rest/index.js';
import { TERMINAL_JOB_STATES } from '../../../core/flink-rest/index.js';
import type { ClusterJobSummary } from '../../../core/jobs/index.js';
import { jobNode, jobsToShow, type JobViewNode } from './job-view-model.js';

/** What the Flink view shows. `none` leaves the tree empty so the welcome view (Start Local Cluster) appears. */
export type ClusterViewState =
  | { kind: 'none' }
  | { kind: 'untrusted' }
  | { kind: 'no-folder' }
  | { kind: 'docker-unavailable'; message: string }
  | { kind: 'starting'; message: string }
  | { kind: 'stopping' }
  | { kind: 'running'; status: ClusterStatus; jobs: readonly JobOverview[] };

/** TaskManager states as the view tells them: the container's state joined with Flink's registration. */
export type TaskManagerPhase = 'registered' | 'starting' | 'exited';

/** contextValue prefixes; package.json menus match `viewItem =~ /^taskmanager-/` etc. */
export const CONTEXT = {
  cluster: 'cluster',
  jobManager: 'jobmanager',
  taskManagers: 'taskmanagers',
  taskManager: (phase: TaskManagerPhase) => `taskmanager-${phase}`,
  kafka: 'kafka',
  jobs: 'jobs',
  job: 'job',
  message: 'message',
} as const;

/** A node of the Flink view: what a job node has (job-view-model.ts), plus what TaskManager nodes carry. */
export interface TreeNode extends Omit<JobViewNode, 'children'> {
  children?: TreeNode[];
  /** Set on TaskManager nodes: the argument of their inline actions. */
  tmId?: string;
}

export function taskManagerPhase(tm: TaskManagerStatus): TaskManagerPhase {
  if (tm.state !== 'running') return 'exited';
  return tm.registered ? 'registered' : 'starting';
}

/** `jobDetails`: summaries of the listed jobs (client/src/jobs/jobs-monitor.ts), shown as each job's children. */
export function buildClusterTree(state: ClusterViewState, jobDetails: ReadonlyMap<string, ClusterJobSummary> = new Map()): TreeNode[] {
  switch (state.kind) {
    case 'none':
    case 'untrusted':
    case 'no-folder':
    case 'docker-unavailable':
      // Empty: the matching viewsWelcome content explains and offers the next step.
      return [];
    case 'starting':
      return [message('starting', 'Starting local cluster…', state.message, 'loading~spin')];
    case 'stopping':
      return [message('stopping', 'Stopping local cluster…', undefined, 'loading~spin')];
    case 'running':
      return [clusterNode(state.status, state.jobs, jobDetails)];
  }
}

function clusterNode(status: ClusterStatus, jobs: readonly JobOverview[], jobDetails: ReadonlyMap<string, ClusterJobSummary>): TreeNode {
  const healthy = status.jobManager?.state === 'running' && status.rest.reachable;
  const children: TreeNode[] = [
    jobManagerNode(status),
    taskManagersNode(status),
    ...(status.kafka ? [kafkaNode(status.name, status.kafka)] : []),
    jobsNode(jobs, status.rest.reachable, jobDetails),
  ];
  return {
    id: `cluster:${status.name}`,
    label: `Local cluster`,
    description: `${healthy ? 'running' : status.jobManager?.state === 'running' ? 'starting' : 'JobManager down'} · ${status.restUrl}`,
    tooltip: [
      `Cluster ${status.name}`,
      `Web UI and REST: ${status.restUrl}`,
      `Image: ${status.image}`,
      `Workspace: ${status.workspace}`,
      status.rest.reachable ? `Flink ${status.rest.flinkVersion}` : `REST not answering: ${status.rest.error}`,
    ].join('\n'),
    icon: 'server',
    ...(healthy ? { iconColor: 'testing.iconPassed' } : {}),
    contextValue: CONTEXT.cluster,
    children,
  };
}

function jobManagerNode(status: ClusterStatus): TreeNode {
  const jm = status.jobManager;
  const rest = status.rest;
  const ha = status.highAvailability;
  if (ha) {
    return {
      id: `jm:${status.name}`,
      label: 'JobManagers',
      description: `${ha.leader ? `${ha.leader} leads` : 'no leader (election running?)'} · high availability${rest.reachable ? ` · Flink ${rest.flinkVersion}` : ''}`,
      tooltip: `ZooKeeper ${ha.zooKeeper?.state ?? 'missing'}; the leader as ZooKeeper publishes it: ${ha.leaderAddress ?? 'none'}`,
      icon: ha.leader ? 'pulse' : 'error',
      ...(ha.leader ? {} : { iconColor: 'errorForeground' }),
      contextValue: CONTEXT.jobManager,
      children: ha.jobManagers.map((j) => ({
        id: `jm:${status.name}:${j.id}`,
        label: j.id,
        description: `${j.state} · ${j.leader ? 'leader' : 'standby'} · ${j.restUrl}`,
        tooltip: `Container ${j.containerName} (${j.state})`,
        icon: j.state !== 'running' ? 'error' : j.leader ? 'star-full' : 'circle-outline',
        contextValue: CONTEXT.message,
      })),
    };
  }
  return {
    id: `jm:${status.name}`,
    label: 'JobManager',
    description: jm ? `${jm.state}${rest.reachable ? ` · Flink ${rest.flinkVersion}` : ''}` : 'missing',
    tooltip: jm ? `Container ${jm.containerName} (${jm.state})` : 'The JobManager container is gone; stop and start the cluster.',
    icon: jm?.state === 'running' ? 'pulse' : 'error',
    ...(jm?.state === 'running' ? {} : { iconColor: 'errorForeground' }),
    contextValue: CONTEXT.jobManager,
  };
}

/** The broker of `flinkFt.cluster.kafka`: the address jobs use, the host's in the tooltip. */
export function kafkaNode(cluster: string, kafka: KafkaStatus): TreeNode {
  const running = kafka.state === 'running';
  return {
    id: `kafka:${cluster}`,
    label: 'Kafka',
    description: `${kafka.state} · ${kafka.internalBootstrapServers} (jobs) · ${kafka.bootstrapServers} (host)`,
    tooltip: [
      `Container ${kafka.containerName} (${kafka.state}), image ${kafka.image}`,
      `Jobs in the cluster: ${kafka.internalBootstrapServers}`,
      `From this machine: ${kafka.bootstrapServers}`,
      `transaction.max.timeout.ms: ${kafka.transactionMaxTimeoutMs}`,
    ].join('\n'),
    icon: running ? 'broadcast' : 'error',
    ...(running ? {} : { iconColor: 'errorForeground' }),
    contextValue: CONTEXT.kafka,
  };
}

function taskManagersNode(status: ClusterStatus): TreeNode {
  const registered = status.taskManagers.filter((tm) => tm.registered).length;
  const slots = status.rest.reachable ? ` · ${status.rest.slotsAvailable}/${status.rest.slotsTotal} slots free` : '';
  return {
    id: `tms:${status.name}`,
    label: 'TaskManagers',
    description: `${registered} registered${slots}`,
    icon: 'server-environment',
    contextValue: CONTEXT.taskManagers,
    children: status.taskManagers.map((tm) => taskManagerNode(status.name, tm)),
  };
}

export function taskManagerNode(cluster: string, tm: TaskManagerStatus): TreeNode {
  const phase = taskManagerPhase(tm);
  const description = {
    registered: `running · ${tm.slots ?? '?'} slots, ${tm.freeSlots ?? '?'} free`,
    starting: 'running · registering…',
    exited: `${tm.state} · not registered`,
  }[phase];
  const limits = describeLimits(tm.limits);
  return {
    id: `tm:${cluster}:${tm.id}`,
    label: tm.id,
    description: limits ? `${description} · ${limits}` : description,
    tooltip: `${tm.id}: container ${tm.containerName} is ${tm.state}; ${tm.registered ? 'registered with the JobManager' : 'not registered'}.${limits ? `\nOwn limits: ${limits}.` : ''}\nstdout: ${tm.logDir}`,
    icon: { registered: 'vm-running', starting: 'loading~spin', exited: 'vm-outline' }[phase],
    ...(phase === 'registered' ? { iconColor: 'testing.iconPassed' } : phase === 'exited' ? { iconColor: 'errorForeground' } : {}),
    contextValue: CONTEXT.taskManager(phase),
    tmId: tm.id,
  };
}

// Active jobs, then the last few ended ones (so a cancelled job can be restarted from its checkpoint).
function jobsNode(jobs: readonly JobOverview[], reachable: boolean, jobDetails: ReadonlyMap<string, ClusterJobSummary>): TreeNode {
  const active = jobs.filter((j) => !TERMINAL_JOB_STATES.includes(j.state));
  const shown = jobsToShow(jobs);
  return {
    id: 'jobs',
    label: 'Jobs',
    description: reachable ? `${active.length} running` : 'unknown',
    icon: 'run-all',
    contextValue: CONTEXT.jobs,
    children:
      shown.length > 0
        ? shown.map((job) => jobNode(job, jobDetails.get(job.jid)))
        : [message('no-jobs', reachable ? 'No running jobs' : 'REST API not answering yet', undefined, 'info')],
  };
}

function message(id: string, label: string, description: string | undefined, icon: string): TreeNode {
  return { id: `message:${id}`, label, ...(description ? { description } : {}), icon, contextValue: CONTEXT.message };
}

/** The status-bar text for a state, or undefined to hide the item. */
export function statusBarText(state: ClusterViewState): { text: string; tooltip: string } | undefined {
  switch (state.kind) {
    case 'starting':
      return { text: '$(loading~spin) Flink: starting', tooltip: state.message };
    case 'stopping':
      return { text: '$(loading~spin) Flink: stopping', tooltip: 'Stopping the local Flink cluster' };
    case 'running': {
      const up = state.status.taskManagers.filter((tm) => tm.registered).length;
      const down = state.status.jobManager?.state !== 'running' || !state.status.rest.reachable;
      return {
        text: `$(server) Flink: ${down ? 'JM down' : `${up} TM${up === 1 ? '' : 's'}`}`,
        tooltip: `Local Flink cluster at ${state.status.restUrl}: ${up} TaskManager(s) registered. Click to open the Flink view.`,
      };
    }
    default:
      return undefined;
  }
}
