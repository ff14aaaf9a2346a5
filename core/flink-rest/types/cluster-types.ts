// Response shapes of the cluster-level endpoints, limited to the fields we read (flink-reference §3).
// Flink sends more; extra fields are ignored, missing optional ones vary by version.

/** GET /overview */
export interface ClusterOverview {
  taskmanagers: number;
  'slots-total': number;
  'slots-available': number;
  'jobs-running': number;
  'jobs-finished': number;
  'jobs-cancelled': number;
  'jobs-failed': number;
  'flink-version': string;
  'flink-commit': string;
}

/** GET /config (the web UI's config, not the cluster configuration) */
export interface WebConfig {
  'refresh-interval': number;
  'timezone-name': string;
  'timezone-offset': number;
  'flink-version': string;
  'flink-revision': string;
  features?: Record<string, boolean>;
}

/** GET /jobmanager/config */
export interface ConfigEntry {
  key: string;
  value: string;
}

/** One entry of GET /taskmanagers. `id` is `taskmanager.resource-id` when set (our clusters: tm-N). */
export interface TaskManagerInfo {
  id: string;
  path: string;
  dataPort: number;
  timeSinceLastHeartbeat: number;
  slotsNumber: number;
  freeSlots: number;
  blocked?: boolean;
  hardware?: { cpuCores: number; physicalMemory: number; freeMemory: number; managedMemory: number };
}

/** GET /taskmanagers/:id adds the slots allocated to jobs. */
export interface TaskManagerDetail extends TaskManagerInfo {
  allocatedSlots?: { jobId: string; resource?: unknown }[];
  metrics?: Record<string, unknown>;
}

/** GET /taskmanagers/:id/logs */
export interface LogFileInfo {
  name: string;
  size: number;
  mtime?: number;
}
