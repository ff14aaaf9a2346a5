import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRecoverableJobs } from './find-recoverable-jobs.js';

const PROBE = resolve(import.meta.dirname, '../../examples/probe');

describe('findRecoverableJobs', () => {
  it('lists the probe jobs with their project, execute line and a negative control', async () => {
    const jobs = await findRecoverableJobs(PROBE);
    expect(jobs.map((j) => [j.id, j.kind, j.probe, j.artifact])).toEqual([
      ['jvm:dev.flinkft.probe.FaultToleranceProbe', 'jvm', true, resolve(PROBE, 'java')],
      // The 2.x project's own job; its FaultToleranceProbe is ../java's source, listed once.
      ['jvm:dev.flinkft.probe.UnreplayableGeneratorProbe', 'jvm', true, resolve(PROBE, 'java-flink2')],
      ['jvm:dev.flinkft.probe.UnreplayableProbe', 'jvm', true, resolve(PROBE, 'java')],
      ['py:python/probe.py', 'python', true, resolve(PROBE, 'python/probe.py')],
    ]);
    for (const job of jobs) expect(job.executeLine).toBeGreaterThan(1);
  });
});
