// The code the cluster benchmark drives, bundled by scripts/bench/cluster.mjs (dockerode stays external).
export { DockerRuntimeClient, FlinkCluster, Wait, dockerEndpointFromEnv } from '../../core/cluster/index.js';
export { JobOutputFilter, TaskManagerOutput } from '../../core/logs/index.js';
