import type { KafkaStatus } from './kafka/kafka-broker.js';
import type { ContainerState } from './runtime/runtime-client.js';

/** A TaskManager as Docker sees it. `id` is also its Flink resource id (REST /taskmanagers/:id). */
export interface TaskManagerHandle {
  id: string;
  containerId: string;
  containerName: string;
  state: ContainerState;
  /** Host folder with its .out/.log files (`.flink/logs/<id>`). */
  logDir: string;
  /** Its own limits, when it was started with some (`cluster add-tm --cpus --memory --slots`). */
  limits?: TaskManagerLimits;
}

export interface TaskManagerLimits {
  cpus?: number;
  memoryBytes?: number;
  slots?: number;
}

/** A JobManager of an HA cluster: its id (jm-N, its hostname), container and own REST URL. */
export interface JobManagerHandle {
  id: string;
  containerId: string;
  containerName: string;
  state: ContainerState;
  restUrl: string;
}

export interface JobManagerStatus extends JobManagerHandle {
  /** ZooKeeper names it as the leader. */
  leader: boolean;
}

/** `cluster up --ha`: the JobManagers, which leads (as ZooKeeper says) and the ZooKeeper container. */
export interface HighAvailabilityStatus {
  jobManagers: JobManagerStatus[];
  /** jm-N, absent while no leader is published (an election runs, or ZooKeeper is down). */
  leader?: string;
  /** The leader's address in ZooKeeper, or why it could not be read. */
  leaderAddress?: string;
  zooKeeper?: { containerName: string; state: ContainerState };
}

export interface TaskManagerStatus extends TaskManagerHandle {
  /** Listed by the ResourceManager (REST /taskmanagers). */
  registered: boolean;
  slots?: number;
  freeSlots?: number;
}

export type RestStatus =
  | { reachable: true; flinkVersion: string; slotsTotal: number; slotsAvailable: number; jobsRunning: number }
  | { reachable: false; error: string };

/** One snapshot for `flink-ft cluster status`, the Flink view and the status bar. */
export interface ClusterStatus {
  name: string;
  workspace: string;
  image: string;
  restUrl: string;
  jobManager: { containerId: string; containerName: string; state: ContainerState } | undefined;
  taskManagers: TaskManagerStatus[];
  rest: RestStatus;
  /** The cluster's Kafka broker, when it was started with one (`cluster up --kafka`). */
  kafka?: KafkaStatus;
  /** Present for a cluster with high availability (`cluster up --ha`). */
  highAvailability?: HighAvailabilityStatus;
}
