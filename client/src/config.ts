// The only reader of `workspace.getConfiguration` in the client. Everything else asks Config, so
// a setting's name and default live in one place (besides package.json).
import { ConfigurationTarget, workspace, type ConfigurationChangeEvent, type Disposable, type Uri } from 'vscode';
import type { IsolationLevel } from '../../core/cluster/index.js';
import type { FlinkFtSettings } from '../../core/protocol/index.js';
import { DEFAULT_EDITOR_CLUSTER_SETTINGS, sanitizeFlinkProperties, type EditorClusterSettings } from './cluster/cluster-settings.js';

export const CONFIG_SECTION = 'flinkFt';

export class Config {
  /** Runs `listener` when any `flinkFt.*` setting changes in any scope. */
  onDidChange(listener: (event: ConfigurationChangeEvent) => void): Disposable {
    return workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(CONFIG_SECTION)) listener(event);
    });
  }

  /** The settings the language server pulls for one document (scope); it validates them. */
  serverSettings(scope: Uri | undefined): FlinkFtSettings {
    const config = workspace.getConfiguration(CONFIG_SECTION, scope);
    return {
      checkpointInterval: config.get<number>('checkpointInterval', 10_000),
      rules: { ...config.get<Record<string, string>>('rules', {}) },
      flinkVersion: config.get<string>('flinkVersion', ''),
      cluster: { flinkProperties: sanitizeFlinkProperties(config.get<unknown>('cluster.flinkProperties', {})) },
    };
  }

  /** `flinkFt.cluster.*` and `flinkFt.docker.socket` (window scope: one cluster per workspace). */
  clusterSettings(): EditorClusterSettings {
    const config = workspace.getConfiguration(CONFIG_SECTION);
    const d = DEFAULT_EDITOR_CLUSTER_SETTINGS;
    return {
      taskManagers: config.get<number>('cluster.taskManagers', d.taskManagers),
      slots: config.get<number>('cluster.slots', d.slots),
      restPort: config.get<number>('cluster.restPort', d.restPort),
      allowNextFreePort: config.get<boolean>('cluster.allowNextFreePort', d.allowNextFreePort),
      image: config.get<string>('cluster.image', d.image),
      flinkVersion: config.get<string>('cluster.flinkVersion', d.flinkVersion),
      flinkProperties: sanitizeFlinkProperties(config.get<unknown>('cluster.flinkProperties', {})),
      kafka: config.get<boolean>('cluster.kafka', d.kafka),
      kafkaPort: config.get<number>('cluster.kafkaPort', d.kafkaPort),
      kafkaImage: config.get<string>('cluster.kafkaImage', d.kafkaImage),
      highAvailability: config.get<boolean>('cluster.highAvailability', d.highAvailability),
      jobManagers: config.get<number>('cluster.jobManagers', d.jobManagers),
      localRecovery: config.get<boolean>('cluster.localRecovery', d.localRecovery),
      dockerSocket: config.get<string>('docker.socket', d.dockerSocket),
    };
  }

  /** `flinkFt.kafka.isolation`: what "Follow Kafka Topic…" reads (read_committed unless set otherwise). */
  kafkaIsolation(): IsolationLevel {
    const value = workspace.getConfiguration(CONFIG_SECTION).get<string>('kafka.isolation', 'read_committed');
    return value === 'read_uncommitted' ? 'read_uncommitted' : 'read_committed';
  }

  /** Writes a cluster setting for this workspace (or globally without a folder), e.g. after "Use Another Port". */
  async updateClusterSetting<K extends 'restPort' | 'allowNextFreePort' | 'image' | 'kafka'>(key: K, value: EditorClusterSettings[K]): Promise<void> {
    const target = workspace.workspaceFolders?.length ? ConfigurationTarget.Workspace : ConfigurationTarget.Global;
    await workspace.getConfiguration(CONFIG_SECTION).update(`cluster.${key}`, value, target);
  }
}
