import { describe, expect, it } from 'vitest';
import { applyEdits } from '../apply-edits.js';
import { defaultAnalysisSettings } from '../types.js';
import { parseFlinkVersion } from '../version/flink-version.js';
import { checkConfigSource } from './config-checks.js';
import { readConfigSource } from './config-source.js';

function check(fileName: string, text: string, version?: string) {
  const source = readConfigSource(`file:///w/${fileName}`, fileName, text);
  if (!source) throw new Error('not read as a Flink config');
  const v = parseFlinkVersion(version);
  return checkConfigSource(source, { settings: defaultAnalysisSettings, ...(v ? { version: v } : {}) });
}

const brief = (findings: ReturnType<typeof check>) =>
  findings.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1}-${f.range.end.character + 1} ${f.ruleId} ${f.severity} ${f.messageId}`);

describe('config file diagnostics', () => {
  it('reports disabled restarts in nested and flat config.yaml', () => {
    expect(brief(check('config.yaml', 'execution:\n  checkpointing:\n    interval: 10 s\nrestart-strategy:\n  type: none\n'))).toEqual(['5:3-7 FLINK006 warning restartsDisabledInConfig']);
    expect(brief(check('config.yaml', 'restart-strategy.type: fixed-delay\nrestart-strategy.fixed-delay.attempts: 0\n'))).toEqual(['1:1-22 FLINK006 warning restartsDisabledInConfig']);
    expect(brief(check('flink-conf.yaml', 'restart-strategy: off\n'))).toEqual(['1:1-17 FLINK006 warning restartsDisabledInConfig']);
  });

  it('does not report restarts that can happen', () => {
    expect(check('config.yaml', 'restart-strategy.type: fixed-delay\nrestart-strategy.fixed-delay.attempts: 3\n')).toEqual([]);
    expect(check('config.yaml', 'restart-strategy.fixed-delay.attempts: 0\nexecution.checkpointing.interval: 10 s\n')).toEqual([]);
    expect(check('config.yaml', 'restart-strategy:\n  type: exponential-delay\n')).toEqual([]);
  });

  it('reports a checkpoint directory without retention, with a fix written like the file', () => {
    const nested = 'execution:\n  checkpointing:\n    interval: 10 s\n    dir: s3://bucket/checkpoints\n';
    const findings = check('config.yaml', nested);
    expect(brief(findings)).toEqual(['4:5-8 FLINK005 info retentionNotSetInConfig']);
    expect(applyEdits(nested, findings[0]!.fix!.edits)).toBe(
      'execution:\n  checkpointing:\n    interval: 10 s\n    dir: s3://bucket/checkpoints\n    externalized-checkpoint-retention: RETAIN_ON_CANCELLATION\n');
    const flat = 'state.checkpoints.dir: file:///tmp/cp\n';
    const flatFinding = check('flink-conf.yaml', flat);
    expect(applyEdits(flat, flatFinding[0]!.fix!.edits)).toBe('state.checkpoints.dir: file:///tmp/cp\nexecution.checkpointing.externalized-checkpoint-retention: RETAIN_ON_CANCELLATION\n');
    expect(brief(check('config.yaml', 'execution.checkpointing.dir: s3://b\nexecution.checkpointing.externalized-checkpoint-retention: DELETE_ON_CANCELLATION\n')))
      .toEqual(['1:1-28 FLINK005 info retentionNotSetInConfig']);
    expect(check('config.yaml', 'execution.checkpointing.dir: s3://b\nexecution.checkpointing.externalized-checkpoint-retention: RETAIN_ON_CANCELLATION\n')).toEqual([]);
  });

  it('reports unknown and misspelled checkpointing keys with the closest valid key', () => {
    const text = 'execution:\n  checkpointing:\n    intervall: 10 s\n    unaligned.enabled: true\nexecution.checkpointing.min-pauze: 1 s\nexecution.checkpoint.interval: 5 s\nexecution.runtime-mode: STREAMING\n';
    const findings = check('config.yaml', text);
    expect(findings.map((f) => f.message)).toEqual([
      "Flink does not know the option 'execution.checkpointing.intervall' and ignores it: did you mean 'execution.checkpointing.interval'?",
      "Flink does not know the option 'execution.checkpointing.min-pauze' and ignores it: did you mean 'execution.checkpointing.min-pause'?",
      "Flink does not know the option 'execution.checkpoint.interval' and ignores it: did you mean 'execution.checkpointing.interval'?",
    ]);
    expect(applyEdits(text, findings.flatMap((f) => f.fix?.edits ?? []))).toBe(
      'execution:\n  checkpointing:\n    interval: 10 s\n    unaligned.enabled: true\nexecution.checkpointing.min-pause: 1 s\nexecution.checkpointing.interval: 5 s\nexecution.runtime-mode: STREAMING\n');
  });

  it('knows the 2.x state-recovery and restart keys, and reports on 2.x the keys 2.0 removed', () => {
    const text = 'execution.state-recovery.claim-mode: NO_CLAIM\nexecution.state-recovery.pth: /cp\nrestart-strategy.fixed-delay.attemps: 3\nexecution.checkpointing.force: true\nstate.backend.async: true\n';
    expect(brief(check('config.yaml', text, '2.3.0'))).toEqual([
      '2:1-29 FLINK010 warning unknownKey', '3:1-37 FLINK010 warning unknownKey', '4:1-30 FLINK010 warning removedKey', '5:1-20 FLINK010 warning removedKey',
    ]);
    expect(check('config.yaml', text, '2.3.0')[2]?.message).toBe("Flink 2.3.0 no longer has the option 'execution.checkpointing.force' (removed in 2.0) and ignores it. Use nothing: it forced checkpoints of iterative jobs, and 2.0 removed iterations.");
    // On 1.20 both removed keys still exist.
    expect(brief(check('config.yaml', text, '1.20'))).toEqual(['2:1-29 FLINK010 warning unknownKey', '3:1-37 FLINK010 warning unknownKey']);
  });

  it('reads FLINK_PROPERTIES in docker-compose files (block and list form) at their own lines', () => {
    const compose = [
      'services:',
      '  jobmanager:',
      '    image: flink:1.20',
      '    environment:',
      '      FLINK_PROPERTIES: |',
      '        jobmanager.rpc.address: jobmanager',
      '        restart-strategy.type: none',
      '  taskmanager:',
      '    environment:',
      '      - "FLINK_PROPERTIES=execution.checkpointing.timout: 1 min"',
      '',
    ].join('\n');
    expect(brief(check('docker-compose.yml', compose))).toEqual(['7:9-30 FLINK006 warning restartsDisabledInConfig', '10:27-57 FLINK010 warning unknownKey']);
  });

  it('says that Flink 2.x ignores flink-conf.yaml, and honours rule settings', () => {
    expect(brief(check('flink-conf.yaml', 'taskmanager.numberOfTaskSlots: 2\n', '2.0.0'))).toEqual(['1:1-30 FLINK009 warning legacyConfigFile']);
    expect(check('flink-conf.yaml', 'taskmanager.numberOfTaskSlots: 2\n', '1.20')).toEqual([]);
    const source = readConfigSource('file:///w/config.yaml', 'config.yaml', 'restart-strategy.type: none\n')!;
    expect(checkConfigSource(source, { settings: { ...defaultAnalysisSettings, rules: { FLINK006: 'off' } } })).toEqual([]);
    expect(checkConfigSource(source, { settings: { ...defaultAnalysisSettings, rules: { FLINK006: 'error' } } })[0]?.severity).toBe('error');
  });

  it('leaves YAML files without Flink keys alone', () => {
    expect(readConfigSource('file:///w/config.yaml', 'config.yaml', 'server:\n  port: 8080\n')).toBeUndefined();
    expect(readConfigSource('file:///w/values.yaml', 'values.yaml', 'execution.checkpointing.interval: 1 s\n')).toBeUndefined();
  });
});
