// The API spelling quick fixes and messages use for a Flink version (reference §1.1): 1.20 brought
// `setExternalizedCheckpointRetention` and `org.apache.flink.core.execution.CheckpointingMode`;
// 1.15–1.19 use `setExternalizedCheckpointCleanup`; older versions `enableExternalizedCheckpoints`.
import type { FlinkVersion } from './flink-version.js';
import { atLeast } from './flink-version.js';

export interface VersionApi {
  /** `getCheckpointConfig().<method>(<enumType>.RETAIN_ON_CANCELLATION)` keeps checkpoints on cancel. */
  retention: { method: string; pythonMethod: string; enumType: string; constant: string; enumImport: string; pythonImport: string };
  checkpointingModeImport: string;
}

/** Without a known version the 1.20 API is used: it compiles on 1.20 (the LTS) and on 2.x. */
export function versionApi(version: FlinkVersion | undefined): VersionApi {
  const modern = !version || atLeast(version, 1, 20);
  const cleanup = !modern && atLeast(version, 1, 15);
  return {
    retention: modern
      ? {
          method: 'setExternalizedCheckpointRetention', pythonMethod: 'set_externalized_checkpoint_retention',
          enumType: 'ExternalizedCheckpointRetention', constant: 'RETAIN_ON_CANCELLATION',
          enumImport: 'org.apache.flink.configuration.ExternalizedCheckpointRetention',
          pythonImport: 'pyflink.datastream.externalized_checkpoint_retention.ExternalizedCheckpointRetention',
        }
      : {
          method: cleanup ? 'setExternalizedCheckpointCleanup' : 'enableExternalizedCheckpoints',
          pythonMethod: cleanup ? 'set_externalized_checkpoint_cleanup' : 'enable_externalized_checkpoints',
          enumType: 'CheckpointConfig.ExternalizedCheckpointCleanup', constant: 'RETAIN_ON_CANCELLATION',
          enumImport: 'org.apache.flink.streaming.api.environment.CheckpointConfig',
          pythonImport: 'pyflink.datastream.checkpoint_config.ExternalizedCheckpointCleanup',
        },
    checkpointingModeImport: modern ? 'org.apache.flink.core.execution.CheckpointingMode' : 'org.apache.flink.streaming.api.CheckpointingMode',
  };
}
