import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ASSERTION_CONFIG_FILE } from './assertion-config.js';
import { RECOVERY_CLUSTER_PROPERTIES, drillClusterSettings } from './drill-cluster-settings.js';
import { CONTROL_ARGS, PROBE_ENTRY_CLASS } from './probe-jobs.js';
import { setUpRecoveryCheck, takesControlArgs } from './recovery-check-setup.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'flinkft-check-setup-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('setUpRecoveryCheck', () => {
  it("gives a probe's negative control the control arguments after the job's own", async () => {
    const setup = await setUpRecoveryCheck({ workspace: dir, artifact: join(dir, 'probe'), entryClass: PROBE_ENTRY_CLASS, args: ['--keys', '4'], control: true });
    expect(setup).toEqual({ job: { artifact: join(dir, 'probe'), entryClass: PROBE_ENTRY_CLASS, args: ['--keys', '4', ...CONTROL_ARGS] }, control: true });
  });

  it('runs other jobs as given, also as a control, and a probe as given when it is no control', async () => {
    expect((await setUpRecoveryCheck({ workspace: dir, artifact: join(dir, 'job'), entryClass: 'com.acme.Counts', control: true })).job.args).toEqual([]);
    expect((await setUpRecoveryCheck({ workspace: dir, artifact: join(dir, 'job'), entryClass: PROBE_ENTRY_CLASS })).job.args).toEqual([]);
  });

  it("takes the run's assertion first, then the project's flink-ft-recovery.json", async () => {
    await writeFile(join(dir, ASSERTION_CONFIG_FILE), JSON.stringify({ jobs: { 'com.acme.Counts': { progress: 'count=(?<value>\\d+)' } } }));
    const job = { workspace: dir, artifact: join(dir, 'job'), entryClass: 'com.acme.Counts' };
    expect((await setUpRecoveryCheck(job)).assertion).toEqual({ kind: 'regex', pattern: 'count=(?<value>\\d+)' });
    expect((await setUpRecoveryCheck({ ...job, assertRegex: 'n=(?<value>\\d+)' })).assertion).toEqual({ kind: 'regex', pattern: 'n=(?<value>\\d+)' });
    expect((await setUpRecoveryCheck({ ...job, assertScript: 'node check.mjs' })).assertion).toEqual({ kind: 'script', command: 'node check.mjs', cwd: dir });
    expect((await setUpRecoveryCheck({ ...job, workspace: undefined })).assertion).toBeUndefined();
  });
});

describe('takesControlArgs', () => {
  it('knows the probes by class, by script and by their project folder', () => {
    expect(takesControlArgs({ artifact: '/x', entryClass: PROBE_ENTRY_CLASS })).toBe(true);
    expect(takesControlArgs({ artifact: '/repo/examples/probe/python/probe.py' })).toBe(true);
    expect(takesControlArgs({ artifact: '/repo/examples/probe/java' })).toBe(true);
    expect(takesControlArgs({ artifact: '/repo/jobs/counts', entryClass: 'com.acme.Counts' })).toBe(false);
    expect(takesControlArgs({ artifact: '/repo/jobs/enrich.py' })).toBe(false);
  });
});

describe('drillClusterSettings', () => {
  it("adds the drill's Flink properties beneath the user's and allows the next free port", () => {
    expect(drillClusterSettings({ restPort: 18081 })).toEqual({ restPort: 18081, allowNextFreePort: true, flinkProperties: RECOVERY_CLUSTER_PROPERTIES });
    expect(drillClusterSettings({ allowNextFreePort: false, flinkProperties: { 'web.refresh-interval': '1000', 'heartbeat.timeout': '8000' } })).toEqual({
      allowNextFreePort: true,
      flinkProperties: { 'web.refresh-interval': '1000', 'heartbeat.timeout': '8000' },
    });
  });
});
