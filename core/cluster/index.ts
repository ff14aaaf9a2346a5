// The public surface of the local-cluster module. Import from here, not from the files.
export { FlinkCluster, type ClusterProgress } from './flink-cluster.js';
export { DEFAULT_CLUSTER_SETTINGS, type ClusterSettings } from './cluster-settings.js';
export { clusterBuilderFor, clusterSetupFor } from './cluster-setup.js';

export { StartedFlinkCluster, type AddTaskManagerOptions, type DownOptions } from './started-flink-cluster.js';
export { adoptCluster } from './adopt-cluster.js';
export { removeClusterResources } from './cluster-cleanup.js';
export type { ClusterStatus, HighAvailabilityStatus, JobManagerHandle, JobManagerStatus, RestStatus, TaskManagerHandle, TaskManagerLimits, TaskManagerStatus } from './cluster-status.js';
export { haProperties, isHighAvailability } from './ha/ha-blueprint.js';
export { checkpointIdsInZooKeeper, type LeaderInfo } from './ha/zookeeper-leader.js';
export { MIN_TASK_MANAGER_MEMORY_BYTES, defaultClusterName, type ClusterBlueprint } from './cluster-blueprint.js';
export { DEFAULT_NETEM_IMAGE, netemArgs, type NetemRule } from './task-manager-netem.js';
export { CONTAINER_DATA_DIR, CONTAINER_WORKSPACE_DIR, DEFAULT_FLINK_PROPERTIES } from './flink-properties.js';
export { DEFAULT_FLINK_VERSION, officialImage, resolveClusterImage, type PullPolicy } from './image-resolver.js';
export * from './labels.js';
export { projectDirs, purgeProjectDirs, type ProjectDirs } from './project-dirs.js';
export { ensureProjectDir, type DirAccess } from './project-dir-guard.js';
export type * from './runtime/runtime-client.js';
export { DockerRuntimeClient, type DockerRuntimeOptions } from './runtime/docker-runtime-client.js';
export { DEFAULT_DOCKER_SOCKET, dockerEndpointFromEnv, type DockerEndpoint } from './runtime/docker-endpoint.js';
export { Wait } from './wait/wait.js';
export {
  DEFAULT_KAFKA_HOST_PORT,
  DEFAULT_KAFKA_VERSION,
  DEFAULT_TRANSACTION_MAX_TIMEOUT_MS,
  KAFKA_ALIAS,
  officialKafkaImage,
  type KafkaOptions,
} from './kafka/kafka-blueprint.js';
export { KafkaBroker, isValidTopicName, type ConsumeOptions, type IsolationLevel, type KafkaStatus } from './kafka/kafka-broker.js';
export type { CheckResult, WaitRest, WaitSignal, WaitStrategy, WaitTarget, WaitRestApi } from './wait/wait-strategy.js';
export { ClusterError, isClusterError } from './errors/cluster-error.js';
export { DockerUnavailableError, isDockerUnavailableError, type DockerUnavailableReason } from './errors/docker-unavailable-error.js';
export { PortInUseError, isPortInUseError, type PortOwner } from './errors/port-in-use-error.js';
export { ImageMissingError, isImageMissingError } from './errors/image-missing-error.js';
export { ContainerStartError, isContainerStartError } from './errors/container-start-error.js';
export { describeLimits } from './describe-limits.js';
export { DockerApiError, isDockerApiError } from './errors/docker-api-error.js';
export { DockerTimeoutError, isDockerTimeoutError } from './errors/docker-timeout-error.js';
export { UnsafeDataDirError, isUnsafeDataDirError, type UnsafeDataDirProblem } from './errors/unsafe-data-dir-error.js';
export { PurgeFailedError, isPurgeFailedError } from './errors/purge-failed-error.js';
export { TaskManagerNotFoundError, isTaskManagerNotFoundError } from './errors/task-manager-not-found-error.js';
export { JobManagerNotFoundError, isJobManagerNotFoundError } from './errors/job-manager-not-found-error.js';
export { WaitTimeoutError, isWaitTimeoutError } from './errors/wait-timeout-error.js';
export { WaitFailedError, isWaitFailedError } from './errors/wait-failed-error.js';
export { KafkaToolError, isKafkaToolError } from './errors/kafka-tool-error.js';
