// Config is the one place that reads settings; the server sees exactly what it returns.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Uri } from 'vscode';
import * as vscode from './test-support/fake-vscode.js';

vi.mock('vscode', () => import('./test-support/fake-vscode.js'));
const { Config } = await import('./config.js');

beforeEach(() => vscode.reset());

describe('Config', () => {
  it('gives the server the defaults when nothing is set', () => {
    expect(new Config().serverSettings(undefined)).toEqual({ checkpointInterval: 10_000, rules: {}, flinkVersion: '', cluster: { flinkProperties: {} } });
  });

  it('reads the settings of the document scope', () => {
    const scope = Uri.parse('file:///work/a/Job.java');
    vscode.settings.set(scope.toString(), {
      'flinkFt.checkpointInterval': 30_000,
      'flinkFt.rules': { FLINK002: 'off' },
      'flinkFt.flinkVersion': '2.0',
      'flinkFt.cluster.flinkProperties': { 'execution.checkpointing.interval': '5 s' },
    });
    vscode.settings.set('', { 'flinkFt.checkpointInterval': 1_000 });
    expect(new Config().serverSettings(scope)).toEqual({
      checkpointInterval: 30_000,
      rules: { FLINK002: 'off' },
      flinkVersion: '2.0',
      cluster: { flinkProperties: { 'execution.checkpointing.interval': '5 s' } },
    });
    expect(new Config().serverSettings(undefined)).toEqual({ checkpointInterval: 1_000, rules: {}, flinkVersion: '', cluster: { flinkProperties: {} } });
  });

  it('notifies only for flinkFt changes', () => {
    const seen: string[] = [];
    const subscription = new Config().onDidChange(() => seen.push('changed'));
    vscode.fireConfigurationChange('editor.fontSize');
    vscode.fireConfigurationChange('flinkFt.rules');
    subscription.dispose();
    vscode.fireConfigurationChange('flinkFt.rules');
    expect(seen).toEqual(['changed']);
  });
});
