import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import {
  CONTAINER_CHECKPOINT_DIR,
  CONTAINER_DATA_DIR,
  CONTAINER_LOG_DIR,
  CONTAINER_SAVEPOINT_DIR,
  CONTAINER_WORKSPACE_DIR,
  renderFlinkProperties,
} from './flink-properties.js';
import type { TaskManagerLimits } from './cluster-status.js';
import { LABEL_TM_CPUS, LABEL_TM_MEMORY, LABEL_TM_SLOTS, jobManagerLabels, taskManagerLabels } from './labels.js';
import type { ContainerSpec } from './runtime/runtime-client.js';
import { logDirOf, projectDirs } from './project-dirs.js';
import { haTaskManagerBinds, isHighAvailability, type JobManagerSlot } from './ha/ha-blueprint.js';

/** Network alias of the JobManager; TaskManagers find it by this name (jobmanager.rpc.address). */
export const JOB_MANAGER_ALIAS = 'jobmanager';
const REST_CONTAINER_PORT = 8081;

/**
 * Everything needed to create the cluster's containers. start() builds it from the builder;
 * adoptCluster() recovers it from the running JobManager, so both can add TaskManagers alike.
 */
export interface ClusterBlueprint {
  name: string;
  workspace: string;
  image: string;
  restPort: number;
  /** Flink configuration shared by all containers (FLINK_PROPERTIES minus per-TM keys). */
  properties: Record<string, string>;
  /** Labels every container and the network carry (ours plus any from FlinkCluster.withLabels). */
  labels: Record<string, string>;
  /** With high availability: the JobManagers (jm-1 publishes restPort); absent: one JobManager. */
  jobManagers?: readonly JobManagerSlot[];
}

export function networkName(cluster: string): string {
  return `flinkft-${cluster}`;
}

/** The volume whose presence says start-up of this cluster finished (labels cannot change after create). */
export function startMarkerName(cluster: string): string {
  return `flinkft-${cluster}-started`;
}

export function jobManagerContainerName(cluster: string): string {
  return `flinkft-${cluster}-jobmanager`;
}

export function taskManagerContainerName(cluster: string, tmId: string): string {
  return `flinkft-${cluster}-${tmId}`;
}

export function taskManagerId(n: number): string {
  return `tm-${n}`;
}

/** tm-N → N (NaN for anything else). */
export function taskManagerNumber(tmId: string): number {
  const match = /^tm-(\d+)$/.exec(tmId);
  return match ? Number(match[1]) : Number.NaN;
}

/** A stable, Docker-safe default name per workspace: `<folder>-<hash of the path>`. */
export function defaultClusterName(workspace: string): string {
  const folder = basename(workspace).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 24) || 'workspace';
  const hash = createHash('sha256').update(workspace).digest('hex').slice(0, 6);
  return `${folder}-${hash}`;
}

/** Cluster names end up in container and network names. */
export function isValidClusterName(name: string): boolean {
  return /^[a-z0-9][a-z0-9_.-]{0,62}$/.test(name);
}

// The image reads env.stdout-err.redirect-to-file and env.log.dir in bash from the flattened YAML,
// where the parser writes the string 'true' with quotes, so the key alone does not switch the
// redirect on (seen on 1.20.5). The scripts honour these environment variables first.
function scriptEnv(logDir: string): Record<string, string> {
  return { STD_REDIRECT_TO_FILE: 'true', FLINK_LOG_DIR: logDir, JOB_MANAGER_RPC_ADDRESS: JOB_MANAGER_ALIAS };
}

export function jobManagerSpec(bp: ClusterBlueprint): ContainerSpec {
  return {
    name: jobManagerContainerName(bp.name),
    image: bp.image,
    cmd: ['jobmanager'],
    hostname: JOB_MANAGER_ALIAS,
    env: { ...scriptEnv(`${CONTAINER_LOG_DIR}/jobmanager`), FLINK_PROPERTIES: renderFlinkProperties(bp.properties) },
    labels: jobManagerLabels(bp.labels),
    network: networkName(bp.name),
    networkAliases: [JOB_MANAGER_ALIAS],
    // The whole .flink folder: the JM writes checkpoint metadata and can purge everything on `down --purge`.
    binds: [
      { hostPath: projectDirs(bp.workspace).root, containerPath: CONTAINER_DATA_DIR },
      { hostPath: bp.workspace, containerPath: CONTAINER_WORKSPACE_DIR, readOnly: true },
    ],
    ports: [{ containerPort: REST_CONTAINER_PORT, hostIp: '127.0.0.1', hostPort: bp.restPort }],
  };
}

/**
 * The smallest container memory limit a TaskManager starts in with Flink's default memory model: its
 * process gets 90% (1152m), less metaspace 256m and JVM overhead (min 192m) leaves 704m, of which
 * framework heap and off-heap take 256m, network at least 64m and managed memory 40%; what is left
 * (about 96m) is the task heap. At 1g Flink refuses to start (measured on 1.20.5: "Sum of configured
 * ... exceed configured Total Flink Memory (473.000mb)").
 */
export const MIN_TASK_MANAGER_MEMORY_BYTES = 1280 * 1024 ** 2;

export function taskManagerSpec(bp: ClusterBlueprint, tmId: string, limits: TaskManagerLimits = {}): ContainerSpec {
  const dirs = projectDirs(bp.workspace);
  const own: Record<string, string> = {
    ...(limits.slots !== undefined && { 'taskmanager.numberOfTaskSlots': String(limits.slots) }),
    // Flink budgets its whole process within the container's limit (heap, managed, network, overhead).
    ...(limits.memoryBytes !== undefined && { 'taskmanager.memory.process.size': `${Math.floor((limits.memoryBytes * 0.9) / 1024 / 1024)}m` }),
  };
  return {
    name: taskManagerContainerName(bp.name, tmId),
    image: bp.image,
    cmd: ['taskmanager'],
    // The hostname ends up in the .out file name: flink--taskexecutor-0-tm-1.out
    hostname: tmId,
    env: {
      ...scriptEnv(CONTAINER_LOG_DIR),
      FLINK_PROPERTIES: renderFlinkProperties({ ...bp.properties, ...own, 'taskmanager.resource-id': tmId }),
    },
    labels: { ...taskManagerLabels(bp.labels, tmId), ...limitLabels(limits) },
    ...((limits.cpus !== undefined || limits.memoryBytes !== undefined) && {
      resources: { ...(limits.cpus !== undefined && { cpus: limits.cpus }), ...(limits.memoryBytes !== undefined && { memoryBytes: limits.memoryBytes }) },
    }),
    network: networkName(bp.name),
    binds: [
      { hostPath: dirs.checkpoints, containerPath: CONTAINER_CHECKPOINT_DIR },
      { hostPath: dirs.savepoints, containerPath: CONTAINER_SAVEPOINT_DIR },
      { hostPath: logDirOf(bp.workspace, tmId), containerPath: CONTAINER_LOG_DIR },
      ...(isHighAvailability(bp.properties) ? haTaskManagerBinds(bp.workspace) : []),
    ],
  };
}

function limitLabels(limits: TaskManagerLimits): Record<string, string> {
  return {
    ...(limits.cpus !== undefined && { [LABEL_TM_CPUS]: String(limits.cpus) }),
    ...(limits.memoryBytes !== undefined && { [LABEL_TM_MEMORY]: String(limits.memoryBytes) }),
    ...(limits.slots !== undefined && { [LABEL_TM_SLOTS]: String(limits.slots) }),
  };
}

/** A TaskManager's limits, read back from its labels. */
export function limitsFromLabels(labels: Readonly<Record<string, string>>): TaskManagerLimits | undefined {
  const num = (key: string): number | undefined => (labels[key] !== undefined && Number.isFinite(Number(labels[key])) ? Number(labels[key]) : undefined);
  const cpus = num(LABEL_TM_CPUS);
  const memoryBytes = num(LABEL_TM_MEMORY);
  const slots = num(LABEL_TM_SLOTS);
  if (cpus === undefined && memoryBytes === undefined && slots === undefined) return undefined;
  return { ...(cpus !== undefined && { cpus }), ...(memoryBytes !== undefined && { memoryBytes }), ...(slots !== undefined && { slots }) };
}
