// Every container and network we create carries these labels; clean-up and adoption find our
// resources by them and never touch anything without `dev.flinkft.managed=true`.

export const LABEL_MANAGED = 'dev.flinkft.managed';
export const LABEL_CLUSTER = 'dev.flinkft.cluster';
export const LABEL_ROLE = 'dev.flinkft.role';
export const LABEL_TM_ID = 'dev.flinkft.tm-id';
export const LABEL_WORKSPACE = 'dev.flinkft.workspace';
/** The REST port the cluster publishes; lets another process name the cluster holding a port. */
export const LABEL_REST_PORT = 'dev.flinkft.rest-port';

/**
 * On images, not containers: scripts/build-flink-image.sh labels the local (offline-built) image
 * with its recipe hash. Whatever the image is called (a CI run's repository, a user's own tag),
 * this label tells it from the official image.
 */
export const LABEL_IMAGE_RECIPE_HASH = 'dev.flinkft.recipe-hash';

/** A JobManager's id (jm-N) in a cluster with high availability (docs/cluster.md#high-availability). */
export const LABEL_JM_ID = 'dev.flinkft.jm-id';
/** The host port of that JobManager's REST API (each JobManager of an HA cluster has its own). */
export const LABEL_JM_REST_PORT = 'dev.flinkft.jm-rest-port';
/** A TaskManager's own limits (`cluster add-tm --cpus --memory --slots`), on its container only. */
export const LABEL_TM_CPUS = 'dev.flinkft.tm-cpus';
export const LABEL_TM_MEMORY = 'dev.flinkft.tm-memory-bytes';
export const LABEL_TM_SLOTS = 'dev.flinkft.tm-slots';

/** The host port of the cluster's Kafka broker (on its container only). */
export const LABEL_KAFKA_PORT = 'dev.flinkft.kafka-port';

export type ContainerRole = 'jobmanager' | 'taskmanager' | 'kafka' | 'zookeeper';

/** Role label of the empty volume created once start-up finished: a cluster without it is a half-started one. */
export const START_MARKER_ROLE = 'start-marker';

export interface ClusterLabelInput {
  cluster: string;
  workspace: string;
  restPort: number;
}

export function clusterLabels(input: ClusterLabelInput): Record<string, string> {
  return {
    [LABEL_MANAGED]: 'true',
    [LABEL_CLUSTER]: input.cluster,
    [LABEL_WORKSPACE]: input.workspace,
    [LABEL_REST_PORT]: String(input.restPort),
  };
}

/** Cluster-level labels plus the JobManager role (and, with HA, its id and REST port). */
export function jobManagerLabels(cluster: Readonly<Record<string, string>>, ha?: { jmId: string; restPort: number }): Record<string, string> {
  return { ...cluster, [LABEL_ROLE]: 'jobmanager', ...(ha && { [LABEL_JM_ID]: ha.jmId, [LABEL_JM_REST_PORT]: String(ha.restPort) }) };
}

export function zooKeeperLabels(cluster: Readonly<Record<string, string>>): Record<string, string> {
  return { ...cluster, [LABEL_ROLE]: 'zookeeper' };
}

export function taskManagerLabels(cluster: Readonly<Record<string, string>>, tmId: string): Record<string, string> {
  return { ...cluster, [LABEL_ROLE]: 'taskmanager', [LABEL_TM_ID]: tmId };
}

export function kafkaLabels(cluster: Readonly<Record<string, string>>, hostPort: number): Record<string, string> {
  return { ...cluster, [LABEL_ROLE]: 'kafka', [LABEL_KAFKA_PORT]: String(hostPort) };
}

/** The cluster-level labels of a container: everything but its role, TaskManager / JobManager id and ports, and TaskManager limits. */
export function clusterLevelLabels(containerLabels: Readonly<Record<string, string>>): Record<string, string> {
  const { [LABEL_ROLE]: _role, [LABEL_TM_ID]: _tm, [LABEL_KAFKA_PORT]: _kafka, [LABEL_JM_ID]: _jm, [LABEL_JM_REST_PORT]: _jmPort, [LABEL_TM_CPUS]: _cpus, [LABEL_TM_MEMORY]: _memory, [LABEL_TM_SLOTS]: _slots, ...rest } = containerLabels;
  return rest;
}

/** Label filter selecting everything we manage, optionally narrowed to one cluster. */
export function managedFilter(cluster?: string): Record<string, string> {
  return cluster === undefined ? { [LABEL_MANAGED]: 'true' } : { [LABEL_MANAGED]: 'true', [LABEL_CLUSTER]: cluster };
}
