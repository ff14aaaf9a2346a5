// The only reader of `workspace.getConfiguration` in the client. Everything else asks Config, so
// a setting's name and default live in one place (besides package.json).
import { workspace, type ConfigurationChangeEvent, type Disposable, type Uri } from 'vscode';
import type { FlinkFtSettings } from '../../server/src/protocol.js';

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
    };
  }
}
