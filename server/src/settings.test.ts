// Settings: the pure conversion of what users write, and the round trip through the real server
// (pulled per document with workspace/configuration, refreshed on didChangeConfiguration).
import { describe, expect, it } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver/node';
import { LogOnce } from './log-once.js';
import { SettingsStore, toAnalysisSettings } from './settings.js';
import { uncheckpointedJob } from './test-support/java-jobs.js';
import { sharedLspClient } from './test-support/shared-lsp-client.js';

describe('toAnalysisSettings', () => {
  it('keeps valid values and keys rules by id, whether written as id or kebab name, in any case', () => {
    expect(toAnalysisSettings({ checkpointInterval: 30_000, rules: { flink002: 'off', FLINK003: 'error', 'checkpointing-disabled': 'hint' } })).toEqual({
      checkpointIntervalMs: 30_000,
      rules: { FLINK002: 'off', FLINK003: 'error', FLINK001: 'hint' },
    });
    expect(toAnalysisSettings({ rules: { 'Restarts-Disabled': 'off', 'no-such-rule': 'off' } }).rules).toEqual({ FLINK006: 'off' });
  });

  it('falls back to defaults for anything invalid', () => {
    expect(toAnalysisSettings({ checkpointInterval: -5, rules: { FLINK001: 'loud', FLINK002: 3 } })).toEqual({ checkpointIntervalMs: 10_000, rules: {} });
    expect(toAnalysisSettings({ checkpointInterval: '5000', rules: ['FLINK001'] })).toEqual({ checkpointIntervalMs: 10_000, rules: {} });
    expect(toAnalysisSettings(null)).toEqual({ checkpointIntervalMs: 10_000, rules: {} });
  });
});

describe('SettingsStore', () => {
  it('fetches once per document until cleared, and uses defaults when fetching fails', async () => {
    const fetched: string[] = [];
    const logged: string[] = [];
    const store = new SettingsStore(
      async (uri) => {
        fetched.push(uri);
        if (uri.endsWith('Broken.java')) throw new Error('no configuration');
        return { checkpointInterval: 2000 };
      },
      new LogOnce((message) => logged.push(message)),
    );
    const first = await store.get('file:///A.java');
    expect(await store.get('file:///A.java')).toBe(first);
    expect(first.checkpointIntervalMs).toBe(2000);
    store.clear();
    await store.get('file:///A.java');
    expect(fetched).toEqual(['file:///A.java', 'file:///A.java']);

    expect(await store.get('file:///Broken.java')).toEqual({ checkpointIntervalMs: 10_000, rules: {} });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain('no configuration');
  });
});

describe('settings through the server', () => {
  let rules: Record<string, string> = {};
  const client = sharedLspClient(() => ({ checkpointInterval: 10_000, rules }));

  it('turns a rule off, changes its severity and back, re-publishing on each configuration change', async () => {
    const uri = 'file:///jobs/Settings.java';
    await client().open(uri, uncheckpointedJob);
    const [initial] = await client().diagnostics(uri);
    expect(initial).toMatchObject({ code: 'FLINK001', severity: DiagnosticSeverity.Warning });

    let next = client().nextDiagnostics(uri);
    rules = { FLINK001: 'off' };
    await client().updateSettings(() => ({ checkpointInterval: 10_000, rules }));
    expect((await next).diagnostics).toEqual([]);

    next = client().nextDiagnostics(uri);
    rules = { FLINK001: 'error' };
    await client().updateSettings(() => ({ checkpointInterval: 10_000, rules }));
    expect((await next).diagnostics).toEqual([{ ...initial, severity: DiagnosticSeverity.Error }]);

    next = client().nextDiagnostics(uri);
    rules = {};
    await client().updateSettings(() => ({ checkpointInterval: 10_000, rules }));
    expect((await next).diagnostics).toEqual([initial]);
  });

  it('accepts a rule named by its kebab name, as the CLI does', async () => {
    const uri = 'file:///jobs/ByName.java';
    await client().updateSettings(() => ({ checkpointInterval: 10_000, rules: { 'checkpointing-disabled': 'off' } }));
    await client().open(uri, uncheckpointedJob);
    expect(await client().diagnostics(uri)).toEqual([]);
    const next = client().nextDiagnostics(uri);
    await client().updateSettings(() => ({ checkpointInterval: 10_000, rules: { 'checkpointing-disabled': 'error' } }));
    expect((await next).diagnostics).toMatchObject([{ code: 'FLINK001', severity: DiagnosticSeverity.Error }]);
    await client().close(uri);
  });

  it('asks for settings per document', async () => {
    const perDocument = new Map([['file:///jobs/Quiet.java', { FLINK001: 'off' }]]);
    await client().updateSettings((scopeUri) => ({ checkpointInterval: 10_000, rules: perDocument.get(scopeUri ?? '') ?? {} }));
    await client().open('file:///jobs/Quiet.java', uncheckpointedJob);
    await client().open('file:///jobs/Loud.java', uncheckpointedJob);
    expect(await client().diagnostics('file:///jobs/Quiet.java')).toEqual([]);
    expect(await client().diagnostics('file:///jobs/Loud.java')).toMatchObject([{ code: 'FLINK001' }]);
  });
});
