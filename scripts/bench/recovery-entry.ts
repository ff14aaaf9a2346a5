// The code the recovery benchmark drives, bundled by scripts/bench/recovery.mjs (dockerode stays external).
export { DockerRuntimeClient, FlinkCluster, dockerEndpointFromEnv } from '../../core/cluster/index.js';
export { buildIfStale } from '../../core/jobs/index.js';
export { RECOVERY_CLUSTER_PROPERTIES, probeJob, runRecoveryCheck } from '../../core/recovery/index.js';
