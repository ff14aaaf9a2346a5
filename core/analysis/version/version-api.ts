// The API spelling quick fixes and messages use for a Flink version (reference §1.1): 1.20 brought
// `setExternalizedCheckpointRetention` and `org.apache.flink.core.execution.CheckpointingMode`;
// 1.15–1.19 use `setExternalizedCheckpointCleanup`; older versions `enableExternalizedCheckpoints`.
// PyFlink lags one line: the `ExternalizedCheckpointRetention` wrapper of PyFlink 1.20.5 looks up
// `CheckpointConfig.ExternalizedCheckpointRetention`, which flink-dist-1.20.5.jar does not have (a
// Py4J error at run time); PyFlink 2.x points it at `org.apache.flink.configuration`. So Python on
// 1.15–1.20 keeps `set_externalized_checkpoint_cleanup`.
import type { FlinkVersion } from './flink-version.js';
import { atLeast } from './flink-version.js';

export interface VersionApi {
  /** `getCheckpointConfig().<method>(<enumType>.RETAIN_ON_CANCELLATION)` keeps checkpoints on cancel. */
  retention: { method: string; pythonMethod: string; enumType: string; pythonEnumType: string; constant: string; enumImport: string; pythonImport: string };
  checkpointingModeImport: string;
}

/**
 * Without a known version the 1.20 API is used: it compiles on 1.20 (the LTS) and on 2.x. PyFlink
 * without a known version gets the 2.x spelling (the only one that works on 2.x).
 */
export function versionApi(version: FlinkVersion | undefined): VersionApi {
  const modern = !version || atLeast(version, 1, 20);
  const cleanup = !modern && atLeast(version, 1, 15);
  const pythonModern = !version || atLeast(version, 2, 0);
  const pythonCleanup = !pythonModern && atLeast(version, 1, 15);
  const jvm = modern
    ? { method: 'setExternalizedCheckpointRetention', enumType: 'ExternalizedCheckpointRetention', enumImport: 'org.apache.flink.configuration.ExternalizedCheckpointRetention' }
    : { method: cleanup ? 'setExternalizedCheckpointCleanup' : 'enableExternalizedCheckpoints', enumType: 'CheckpointConfig.ExternalizedCheckpointCleanup', enumImport: 'org.apache.flink.streaming.api.environment.CheckpointConfig' };
  const python = pythonModern
    ? { pythonMethod: 'set_externalized_checkpoint_retention', pythonEnumType: 'ExternalizedCheckpointRetention', pythonImport: 'pyflink.datastream.externalized_checkpoint_retention.ExternalizedCheckpointRetention' }
    : {
        pythonMethod: pythonCleanup ? 'set_externalized_checkpoint_cleanup' : 'enable_externalized_checkpoints',
        pythonEnumType: 'ExternalizedCheckpointCleanup',
        pythonImport: 'pyflink.datastream.checkpoint_config.ExternalizedCheckpointCleanup',
      };
  return {
    retention: { ...jvm, ...python, constant: 'RETAIN_ON_CANCELLATION' },
    checkpointingModeImport: modern ? 'org.apache.flink.core.execution.CheckpointingMode' : 'org.apache.flink.streaming.api.CheckpointingMode',
  };
}
