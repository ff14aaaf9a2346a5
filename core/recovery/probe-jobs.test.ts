import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectProjectFlinkVersion } from '../cluster/project-flink-version.js';
import { CONTROL_ARGS, isFlink2OrLater, isProbeJob, probeJob } from './probe-jobs.js';
import { takesControlArgs } from './recovery-check-setup.js';

const ROOT = resolve(import.meta.dirname, '../..');

/** The source file of an entry class in a probe project (the 2.x project also compiles ../java's). */
function sourceOf(project: string, entryClass: string): string | undefined {
  const file = `src/main/java/${entryClass.replaceAll('.', '/')}.java`;
  return [project, join(ROOT, 'examples/probe/java')].map((dir) => join(dir, file)).find((p) => existsSync(p));
}

describe('probeJob: the probe chosen by Flink version', () => {
  it.each([
    [undefined, '1.20.5'],
    ['1.20', '1.20.5'],
    ['1.20.5', '1.20.5'],
    ['2.3', '2.3.0'],
    ['2.3.0', '2.3.0'],
    ['2', '2.3.0'],
  ])('Flink %s → a Java probe project built against %s, its classes in the project', async (version, builtAgainst) => {
    for (const kind of ['java', 'unreplayable'] as const) {
      const job = probeJob(ROOT, kind, { flinkVersion: version });
      expect(await detectProjectFlinkVersion(job.artifact)).toBe(builtAgainst);
      expect(sourceOf(job.artifact, job.entryClass!)).toBeDefined();
      expect(isProbeJob(job.entryClass!)).toBe(true);
      expect(takesControlArgs(job)).toBe(true);
      expect(takesControlArgs({ artifact: job.artifact })).toBe(true);
    }
  });

  it('the 2.x unreplayable probe does not use SourceFunction, which 2.x removed', () => {
    const job = probeJob(ROOT, 'unreplayable', { flinkVersion: '2.3' });
    expect(job.entryClass).toBe('dev.flinkft.probe.UnreplayableGeneratorProbe');
    expect(probeJob(ROOT, 'unreplayable').entryClass).toBe('dev.flinkft.probe.UnreplayableProbe');
    expect(probeJob(ROOT, 'java', { flinkVersion: '2.3' }).artifact).not.toBe(probeJob(ROOT, 'java').artifact);
  });

  it('the PyFlink probe is one script for both lines; the control adds its arguments', () => {
    const py1 = probeJob(ROOT, 'python', { args: ['--keys', '2'], control: true });
    const py2 = probeJob(ROOT, 'python', { flinkVersion: '2.3', args: ['--keys', '2'], control: true });
    expect(py2).toEqual(py1);
    expect(existsSync(py2.artifact)).toBe(true);
    expect(py2.args).toEqual(['--keys', '2', ...CONTROL_ARGS]);
  });

  it('reads the major version', () => {
    expect([undefined, '', '1.20', '1.19.1', '2.0.2', '2.3', '3.0'].map(isFlink2OrLater)).toEqual([false, false, false, false, true, true, true]);
  });
});
