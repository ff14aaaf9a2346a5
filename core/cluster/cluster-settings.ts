// What a user chooses about the local cluster, whichever face they use: the CLI's flags
// (`cluster up`, `recover`) and the editor's `flinkFt.cluster.*` settings both fill a ClusterSettings.
// What is left out (or blank) takes its default here, once; the image is chosen by resolveClusterImage.

export interface ClusterSettings {
  taskManagers?: number;
  slots?: number;
  /** Host port of the REST API and web UI on 127.0.0.1. */
  restPort?: number;
  /** When restPort is taken, use the next free one instead of failing. */
  allowNextFreePort?: boolean;
  /** Blank or absent: see resolveClusterImage. */
  image?: string;
  /** The official image `flink:<version>-java17`; blank or absent: see resolveClusterImage. */
  flinkVersion?: string;
  /** Flink configuration on top of the cluster's defaults (DEFAULT_FLINK_PROPERTIES). */
  flinkProperties?: Readonly<Record<string, string>>;
  /** Also start a Kafka broker (docs/kafka.md). */
  kafka?: boolean;
  /** Host port of the broker on 127.0.0.1 (default 9092; allowNextFreePort applies too). */
  kafkaPort?: number;
  /** Blank or absent: see resolveKafkaImage. */
  kafkaImage?: string;
  /** ZooKeeper and several JobManagers, one leading (docs/cluster.md#high-availability). */
  highAvailability?: boolean;
  /** JobManagers of an HA cluster (default 2); ignored without highAvailability. */
  jobManagers?: number;
  /**
   * Task-local recovery (`state.backend.local-recovery`, a key 1.20 and 2.x both read): each
   * TaskManager keeps a local copy of its state, so a task restarted on the same TaskManager
   * (a pause, a partition) restores from disk instead of the checkpoint storage.
   */
  localRecovery?: boolean;
}

/** The defaults of every face (the CLI's help, package.json's schema and the builder say the same). */
export const DEFAULT_CLUSTER_SETTINGS = {
  taskManagers: 2,
  slots: 2,
  restPort: 8081,
  allowNextFreePort: false,
  kafka: false,
  highAvailability: false,
  jobManagers: 2,
  localRecovery: false,
} as const satisfies ClusterSettings;
