import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RecoveryReport } from './recovery-report.js';
import { recoveryFindings, withStaticFindings } from './static-findings.js';

const SHAPES = resolve(import.meta.dirname, '../../test/fixtures/jobs/recovery-shapes');

const failed = (over: Partial<RecoveryReport> = {}): RecoveryReport => ({
  verdict: 'fail',
  summary: 'Failed at "kill 1: output continued (did not start over)": started over.',
  decisiveStep: { id: 'output-continued', round: 1, title: 'output continued (did not start over)' },
  job: { artifact: SHAPES, args: [], control: false },
  steps: [],
  timelines: [],
  startedAt: 0,
  durationMs: 0,
  phases: { setupMs: 0, cleanupMs: 0 },
  ...over,
});

describe('the drill cites the static findings that explain a failure', () => {
  it('finds FLINK002 on the source that forgets its position', async () => {
    const findings = await recoveryFindings(SHAPES);
    expect(findings?.filter((f) => f.ruleId === 'FLINK002').map((f) => f.file)).toEqual(['src/main/java/shapes/ForgetfulSequence.java']);
  });

  it('keeps only the findings of the job checked when the project holds several', async () => {
    expect((await recoveryFindings(SHAPES, 'shapes.FieldCounts'))?.map((f) => f.ruleId)).not.toContain('FLINK002');
    expect((await recoveryFindings(SHAPES, 'shapes.ForgetfulSequence'))?.map((f) => f.ruleId)).toContain('FLINK002');
  });

  it('appends the findings to a failed verdict on state or position, and says so when none explains it', async () => {
    const cited = await withStaticFindings(failed(), SHAPES);
    expect(cited.summary).toMatch(/ Static analysis predicted it: (.+; )?FLINK002 non-replayable-source at src\/main\/java\/shapes\/ForgetfulSequence\.java:\d+/);
    // The HashMap-count job keeps its counts in a plain field (FLINK011), which also explains a restart.
    expect(cited.summary).toMatch(/FLINK011 state-in-field at src\/main\/java\/shapes\/FieldCounts\.java:\d+/);
    const bareJar = await withStaticFindings(failed(), resolve(SHAPES, 'no-such.jar'));
    expect(bareJar.findings).toBeUndefined();
  });

  it('leaves passes, set-up failures and the negative control alone', async () => {
    for (const report of [
      failed({ verdict: 'pass', decisiveStep: undefined }),
      failed({ decisiveStep: { id: 'checkpointing-enabled', title: 'checkpointing confirmed through REST' } }),
      failed({ job: { artifact: SHAPES, args: [], control: true } }),
    ]) {
      expect(await withStaticFindings(report, SHAPES)).toBe(report);
    }
  });
});
