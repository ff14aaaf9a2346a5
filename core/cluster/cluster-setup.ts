// The one set-up of the FlinkCluster builder, for the editor's Start Local Cluster, `flink-ft
// cluster up` and the cluster `flink-ft recover` starts: the user's settings with their defaults and
// the image by resolveClusterImage. Faces add their progress reporting and call start().
import { DEFAULT_CLUSTER_SETTINGS, type ClusterSettings } from './cluster-settings.js';
import { FlinkCluster } from './flink-cluster.js';
import { resolveClusterImage, type ImageContext } from './image-resolver.js';
import { resolveKafkaImage, type KafkaOptions } from './kafka/kafka-blueprint.js';
import { detectProjectFlinkVersion } from './project-flink-version.js';
import type { RuntimeClient } from './runtime/runtime-client.js';

/** Task-local recovery's key: renamed execution.state-recovery.from-local in 1.20, the old one still read by 2.3. */
export const LOCAL_RECOVERY_KEY = 'state.backend.local-recovery';

/** Everything the builder is given, resolved: plain data, so faces can be compared. */
export interface ClusterSetup {
  workspace: string;
  image: string;
  taskManagers: number;
  slots: number;
  restPort: number;
  allowNextFreePort: boolean;
  flinkProperties: Readonly<Record<string, string>>;
  /** Present when the cluster gets a Kafka broker. */
  kafka?: KafkaOptions;
  /** Present with high availability: how many JobManagers. */
  highAvailability?: { jobManagers: number };
}

/** Settings plus what the image choice reads → the set-up. Same input, same set-up, in every face. */
export function resolveClusterSetup(workspace: string, settings: ClusterSettings, context: ImageContext): ClusterSetup {
  return {
    workspace,
    image: resolveClusterImage(settings, context),
    taskManagers: settings.taskManagers ?? DEFAULT_CLUSTER_SETTINGS.taskManagers,
    slots: settings.slots ?? DEFAULT_CLUSTER_SETTINGS.slots,
    restPort: settings.restPort ?? DEFAULT_CLUSTER_SETTINGS.restPort,
    allowNextFreePort: settings.allowNextFreePort ?? DEFAULT_CLUSTER_SETTINGS.allowNextFreePort,
    // Beneath the user's own properties: a key they set is theirs.
    flinkProperties: { ...((settings.localRecovery ?? DEFAULT_CLUSTER_SETTINGS.localRecovery) && { [LOCAL_RECOVERY_KEY]: 'true' }), ...settings.flinkProperties },
    ...((settings.kafka ?? DEFAULT_CLUSTER_SETTINGS.kafka)
      ? { kafka: { image: resolveKafkaImage(settings, context), ...(settings.kafkaPort !== undefined ? { hostPort: settings.kafkaPort } : {}) } }
      : {}),
    ...((settings.highAvailability ?? DEFAULT_CLUSTER_SETTINGS.highAvailability)
      ? { highAvailability: { jobManagers: settings.jobManagers ?? DEFAULT_CLUSTER_SETTINGS.jobManagers } }
      : {}),
  };
}

/**
 * The set-up for `workspace`, reading the project's Flink version from its build files.
 * `env` is the face's process environment (the faces are the edges that may read it).
 */
export async function clusterSetupFor(workspace: string, settings: ClusterSettings, env: ImageContext['env']): Promise<ClusterSetup> {
  return resolveClusterSetup(workspace, settings, { env, projectFlinkVersion: await detectProjectFlinkVersion(workspace) });
}

/** The builder for a set-up; start() adopts the workspace's running cluster or starts this one. */
export function clusterBuilderFor(runtime: RuntimeClient, setup: ClusterSetup): FlinkCluster {
  const builder = new FlinkCluster(runtime);
  if (setup.kafka) builder.withKafka(setup.kafka);
  if (setup.highAvailability) builder.withHighAvailability(setup.highAvailability.jobManagers);
  return builder
    .withWorkspace(setup.workspace)
    .withImage(setup.image)
    .withTaskManagers(setup.taskManagers)
    .withSlots(setup.slots)
    .withRestPort(setup.restPort)
    .withNextFreePortAllowed(setup.allowNextFreePort)
    .withFlinkProperties({ ...setup.flinkProperties });
}
