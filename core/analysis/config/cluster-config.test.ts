import { describe, expect, it } from 'vitest';
import { emptyJobModel } from '../model.js';
import type { EnvironmentModel, JobModel, LanguageSyntax } from '../model.js';
import { parseFlinkVersion } from '../version/flink-version.js';
import { ClusterConfig } from './cluster-config.js';
import { readConfigSource, settingsSource } from './config-source.js';

const syntax = {} as LanguageSyntax;
const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };

function modelWithEnv(configure: (env: EnvironmentModel) => void = () => {}): JobModel {
  const model = emptyJobModel('java', syntax);
  const env: EnvironmentModel = { id: 1, creation: range, creationApi: 'x', runtimeMode: 'streaming', checkpointing: { enabled: false, mode: 'exactly-once', calls: [] } };
  configure(env);
  model.environments.push(env);
  return model;
}

const source = (name: string, text: string) => readConfigSource(`file:///w/${name}`, name, text)!;

describe('ClusterConfig', () => {
  it('enables checkpointing from config.yaml and says where', () => {
    const model = modelWithEnv();
    new ClusterConfig([source('config.yaml', '# cluster\nexecution:\n  checkpointing:\n    interval: 10 s\n    mode: AT_LEAST_ONCE\nrestart-strategy.type: none\n')]).applyTo(model);
    const env = model.environments[0]!;
    expect(env.checkpointing).toMatchObject({ enabled: true, enabledVia: 'configuration', intervalMs: 10_000, origin: 'config.yaml:4', mode: 'at-least-once', modeOrigin: 'config.yaml:5' });
    expect(env.restart).toEqual({ strategy: 'none', origin: 'config.yaml:6' });
  });

  it('keeps what the code sets and skips environments from elsewhere', () => {
    const model = modelWithEnv((env) => {
      env.checkpointing = { enabled: true, enabledAt: range, intervalMs: 1000, mode: 'exactly-once', modeAt: range, calls: [] };
    });
    const external = modelWithEnv((env) => (env.external = true));
    const config = new ClusterConfig([source('config.yaml', 'execution.checkpointing.interval: 10 s\nexecution.checkpointing.mode: AT_LEAST_ONCE\n')]);
    config.applyTo(model);
    config.applyTo(external);
    expect(model.environments[0]!.checkpointing).toMatchObject({ intervalMs: 1000, mode: 'exactly-once' });
    expect(model.environments[0]!.checkpointing.origin).toBeUndefined();
    expect(external.environments[0]!.checkpointing.enabled).toBe(false);
  });

  it('lets flink-conf.yaml win on 1.x and ignores it on 2.x; reads compose files and the cluster setting', () => {
    const files = [source('config.yaml', 'execution.checkpointing.interval: 10 s\n'), source('flink-conf.yaml', 'execution.checkpointing.interval: 30 s\n')];
    const on1 = modelWithEnv();
    new ClusterConfig(files, parseFlinkVersion('1.20')).applyTo(on1);
    expect(on1.environments[0]!.checkpointing).toMatchObject({ intervalMs: 30_000, origin: 'flink-conf.yaml:1' });
    const on2 = modelWithEnv();
    new ClusterConfig(files, parseFlinkVersion('2.0')).applyTo(on2);
    expect(on2.environments[0]!.checkpointing).toMatchObject({ intervalMs: 10_000, origin: 'config.yaml:1' });
    const compose = modelWithEnv();
    new ClusterConfig([source('docker-compose.yml', 'services:\n  jm:\n    environment:\n      FLINK_PROPERTIES: |\n        execution.checkpointing.interval: 5s\n')]).applyTo(compose);
    expect(compose.environments[0]!.checkpointing).toMatchObject({ intervalMs: 5000, origin: 'docker-compose.yml:5' });
    const setting = modelWithEnv();
    new ClusterConfig([settingsSource({ 'execution.checkpointing.interval': '1 min' })!]).applyTo(setting);
    expect(setting.environments[0]!.checkpointing).toMatchObject({ intervalMs: 60_000, origin: 'flinkFt.cluster.flinkProperties (execution.checkpointing.interval)' });
  });
});
