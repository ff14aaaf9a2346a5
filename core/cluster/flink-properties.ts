// The configuration our local clusters pass to Flink through FLINK_PROPERTIES (image contract:
// one `key: value` per line, all whitespace stripped, so values must not rely on spaces).

/** Where the workspace's `.flink/` folders appear inside every container. */
export const CONTAINER_DATA_DIR = '/flink-data';
export const CONTAINER_CHECKPOINT_DIR = `${CONTAINER_DATA_DIR}/checkpoints`;
export const CONTAINER_SAVEPOINT_DIR = `${CONTAINER_DATA_DIR}/savepoints`;
export const CONTAINER_LOG_DIR = `${CONTAINER_DATA_DIR}/logs`;
/** The workspace, read-only, in the JobManager: `flink run -py /workspace/<script>` finds PyFlink jobs there. */
export const CONTAINER_WORKSPACE_DIR = '/workspace';

/**
 * Dev-friendly defaults, each overridable with FlinkCluster.withFlinkProperties(). Old and new key
 * names are both written where Flink renamed them (1.20), so 1.18 to 2.x images read them.
 */
export const DEFAULT_FLINK_PROPERTIES: Readonly<Record<string, string>> = {
  // Notice a killed TaskManager in ~4 s instead of ~50 s. A SIGKILLed container's address vanishes,
  // so heartbeat RPCs hang instead of being refused: detection takes about heartbeat.timeout
  // whatever the interval or failure threshold (measured on 1.20.5, see docs/cluster.md).
  'heartbeat.interval': '1000',
  'heartbeat.timeout': '4000',
  'heartbeat.rpc-failure-threshold': '1',
  // TaskManagers usually boot before the JobManager's RPC endpoint is up; by default they then
  // retry only every 10 s (seen in the TM log: "retrying in 10000 ms"), which adds up to 10 s to `up`.
  'cluster.registration.error-delay': '1000',
  // Shared file system paths (bind mounts) so any TaskManager can restore any checkpoint.
  'execution.checkpointing.dir': `file://${CONTAINER_CHECKPOINT_DIR}`,
  'state.checkpoints.dir': `file://${CONTAINER_CHECKPOINT_DIR}`,
  'execution.checkpointing.savepoint-dir': `file://${CONTAINER_SAVEPOINT_DIR}`,
  'state.savepoints.dir': `file://${CONTAINER_SAVEPOINT_DIR}`,
  // Keep checkpoints of cancelled jobs so "restart from latest checkpoint" has something to use.
  'execution.checkpointing.externalized-checkpoint-retention': 'RETAIN_ON_CANCELLATION',
  // Restart after a crash without waiting, but let a job that crash-loops fail (10 failures/min).
  'restart-strategy.type': 'failure-rate',
  'restart-strategy.failure-rate.max-failures-per-interval': '10',
  'restart-strategy.failure-rate.failure-rate-interval': '1min',
  'restart-strategy.failure-rate.delay': '1s',
  // REST answers job and checkpoint details from caches refreshed this often (3 s by default): the
  // recovery check and the Flink view see a restart within 200 ms instead of up to 3 s later.
  'web.refresh-interval': '200',
  // Spread tasks over TaskManagers, so killing one TaskManager hits the job.
  'taskmanager.load-balance.mode': 'SLOTS',
  'cluster.evenly-spread-out-slots': 'true',
};

/** Keys Flink renamed: a user override of any key in a group replaces our defaults for the whole group. */
const ALIAS_GROUPS: readonly (readonly string[])[] = [
  ['execution.checkpointing.dir', 'state.checkpoints.dir'],
  ['execution.checkpointing.savepoint-dir', 'state.savepoints.dir'],
  ['restart-strategy.type', 'restart-strategy'],
  ['taskmanager.load-balance.mode', 'cluster.evenly-spread-out-slots'],
];

/** Defaults merged with user overrides, honouring renamed keys. */
export function mergeFlinkProperties(
  defaults: Readonly<Record<string, string>>,
  overrides: Readonly<Record<string, string>>,
): Record<string, string> {
  const merged: Record<string, string> = { ...defaults };
  for (const key of Object.keys(overrides)) {
    const group = ALIAS_GROUPS.find((g) => g.includes(key));
    for (const alias of group ?? []) delete merged[alias];
  }
  return { ...merged, ...overrides };
}

/** Renders the FLINK_PROPERTIES value (sorted, so the env is stable and comparable). */
export function renderFlinkProperties(properties: Readonly<Record<string, string>>): string {
  return Object.keys(properties)
    .sort()
    .map((key) => `${key}: ${properties[key]}`)
    .join('\n');
}

/** Parses a FLINK_PROPERTIES value back into a record (used when adopting a running cluster). */
export function parseFlinkProperties(text: string): Record<string, string> {
  const properties: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const at = line.indexOf(':');
    if (at <= 0) continue;
    properties[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return properties;
}
