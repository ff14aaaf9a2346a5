import { resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Wait, type StartedFlinkCluster } from '../../core/cluster/index.js';
import {
  buildIfStale,
  cancelJobAndWait,
  checkSavepoint,
  localClusterInfo,
  submitJob,
  toHostPath,
  triggerSavepoint,
  type JobTarget,
  type SavepointCheckReport,
  type SavepointVerdict,
} from '../../core/jobs/index.js';
import { runCli } from '../../cli/src/run-cli.js';
import { cancelLeftoverJobs } from './support/reset-cluster.js';
import { tempWorkspace, testClusterBuilder, testImage, testRuntime } from './support/test-cluster.js';
import { testRunLabel } from './support/test-run.js';

const VARIANTS = resolve(import.meta.dirname, '../fixtures/jobs/savepoint-variants');
const ENTRY = 'variants.Variants';

/**
 * Issue 16: the savepoint check is proven against Flink itself. Savepoints of two base jobs are
 * taken on a real cluster (every operator with a uid; the same with the running total left without
 * one); for each changed job the check gives its verdict, then the savepoint is restored into that
 * job on the same cluster and Flink's answer must match the verdict.
 */
type Base = 'base' | 'no-uid';
describe('savepoint check agrees with Flink restoring the savepoint into changed jobs', () => {
  let workspace: Awaited<ReturnType<typeof tempWorkspace>>;
  let cluster: StartedFlinkCluster;
  let target: JobTarget;
  let jar: string;
  const savepoints = new Map<Base, { hostPath: string; clusterPath: string }>();
  const savepointOf = (base: Base) => savepoints.get(base)!;

  async function takeSavepoint(base: Base): Promise<void> {
    const job = await submitJob(target, { artifact: jar, entryClass: ENTRY, args: [base] });
    // State worth restoring: records have reached the counts once a checkpoint completed.
    await Wait.forCompletedCheckpoints(job.jobId, 1).withTimeout(60_000).waitUntilReady(cluster.waitTarget());
    const taken = await triggerSavepoint(cluster.rest, job.jobId);
    await cancelJobAndWait(cluster.rest, job.jobId);
    savepoints.set(base, { hostPath: toHostPath(target.local!.mapping, taken.location)!, clusterPath: taken.location });
  }

  beforeAll(async () => {
    workspace = await tempWorkspace('savepoint-check');
    const [built, started] = await Promise.all([
      buildIfStale(VARIANTS),
      testClusterBuilder(testRuntime(), workspace.path, 'savepoint-check').withRestPort(18111).withTaskManagers(1).withSlots(2).start(),
    ]);
    jar = built.jarPath;
    cluster = started;
    target = { rest: cluster.rest, local: localClusterInfo(cluster) };
    await takeSavepoint('base');
    await takeSavepoint('no-uid');
  }, 300_000);

  afterAll(async () => {
    await cluster?.down({ purge: true });
    await workspace?.[Symbol.asyncDispose]();
  });

  beforeEach(() => cancelLeftoverJobs(cluster));

  function check(variant: string, base: Base = 'base'): Promise<SavepointCheckReport> {
    return checkSavepoint(testRuntime(), { savepointPath: savepointOf(base).hostPath, artifact: jar, entryClass: ENTRY, args: [variant], image: testImage(), labels: testRunLabel() });
  }

  /** Restores the savepoint into the variant; resolves to the job id, or rejects with Flink's reason. */
  async function restore(variant: string, allowNonRestoredState: boolean, base: Base = 'base'): Promise<string> {
    const savepoint = savepointOf(base);
    const job = await submitJob(target, { artifact: jar, entryClass: ENTRY, args: [variant], restore: { kind: 'path', path: savepoint.hostPath }, allowNonRestoredState });
    const restored = (await cluster.rest.checkpoints(job.jobId)).latest.restored;
    expect(restored?.external_path).toBe(savepoint.clusterPath.startsWith('file:') ? savepoint.clusterPath : `file:${savepoint.clusterPath}`);
    await cancelJobAndWait(cluster.rest, job.jobId);
    return job.jobId;
  }

  async function failureOf(variant: string, allowNonRestoredState: boolean, base: Base = 'base'): Promise<string> {
    const error = await restore(variant, allowNonRestoredState, base).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error, `Flink restored ${variant} (allowNonRestoredState=${allowNonRestoredState}) although the check said it would not`).toBeInstanceOf(Error);
    const e = error as Error & { details?: string };
    return `${e.message}\n${e.details ?? ''}`;
  }

  async function provenVerdict(variant: string, verdict: SavepointVerdict, base: Base = 'base'): Promise<SavepointCheckReport> {
    const report = await check(variant, base);
    console.log(`[savepoint-check] ${variant} from ${base}: ${report.summary}`);
    expect(report.verdict).toBe(verdict);
    if (verdict === 'compatible') {
      await restore(variant, false, base);
    } else if (verdict === 'state-dropped') {
      const failure = await failureOf(variant, false, base);
      // Flink names the (first) operator whose state it cannot map: one the check said is dropped.
      const named = /Cannot map checkpoint\/savepoint state for operator ([0-9a-f]{32}) to the new program/.exec(failure)?.[1];
      expect(report.dropped.map((d) => d.operatorId)).toContain(named);
      expect(failure).toMatch(/allowNonRestoredState/);
      await restore(variant, true, base);
    } else {
      await failureOf(variant, false, base);
    }
    return report;
  }

  it('unchanged job: compatible, every operator with state comes back, and Flink restores it', async () => {
    const report = await provenVerdict('base', 'compatible');
    expect(report.dropped).toEqual([]);
    expect(report.startsEmpty).toEqual([]);
    expect(report.restored.map((r) => r.uid).sort()).toEqual(['counter', 'source', 'total']);
    expect(report.restored.find((r) => r.uid === 'counter')?.stateKinds).toContain('keyed');
    expect(report.restored.find((r) => r.uid === 'total')?.stateKinds).toContain('operator');
    expect(report.withoutUid).toEqual([]);
  }, 240_000);

  it('uid renamed: state-dropped (the old counter state), Flink refuses without --allowNonRestoredState and restores with it', async () => {
    const report = await provenVerdict('uid-renamed', 'state-dropped');
    expect(report.dropped).toHaveLength(1);
    expect(report.dropped[0]!.stateKinds).toContain('keyed');
    expect(report.startsEmpty.map((o) => o.uid)).toContain('counter-v2');
  }, 240_000);

  it('operator removed: state-dropped, and Flink agrees', async () => {
    const report = await provenVerdict('operator-removed', 'state-dropped');
    expect(report.dropped.map((d) => d.stateKinds)).toEqual([['keyed']]);
  }, 240_000);

  it('max parallelism changed on the keyed operator: incompatible, and Flink fails the restore on it', async () => {
    const report = await provenVerdict('max-parallelism-changed', 'incompatible');
    // One problem for the chain, naming every operator in it (stateless sink included: Flink checks each).
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatch(/^max parallelism changed from 128 \(in the savepoint\) to 64 for .*\(chain 'counter -> total -> Sink: Writer'\); Flink cannot map keyed state/);
    for (const uid of ['counter', 'total', 'sink']) expect(report.problems[0]).toContain(`(uid ${uid})`);
    // Not even with --allowNonRestoredState: Flink names an operator of that chain.
    const failure = await failureOf('max-parallelism-changed', true);
    const named = /Max parallelism mismatch .*Cannot map operator ([0-9a-f]{32}) with max parallelism 128 to new program with max parallelism 64/.exec(failure)?.[1];
    expect(report.restored.map((r) => r.operatorId)).toContain(named);
  }, 240_000);

  it('operator added: compatible, the new operator starts empty, and Flink restores', async () => {
    const report = await provenVerdict('operator-added', 'compatible');
    expect(report.startsEmpty.map((o) => o.uid)).toEqual(['recount']);
  }, 240_000);

  it('no uid and a chained operator inserted before it: Flink restores, and the check shows the auto-id operator now starts empty', async () => {
    const report = await provenVerdict('no-uid-chained-inserted', 'compatible', 'no-uid');
    // The inserted filter took the old id of 'total' (auto ids follow the graph's shape), so 'total' starts empty.
    expect(report.startsEmpty.map((o) => o.name)).toEqual(['total']);
    expect(report.restored.find((r) => r.byAutoId)?.name).toBe('non-empty');
  }, 240_000);

  it('no uid and an operator added after it: its chain changed, so its auto id moved; state-dropped, and Flink agrees', async () => {
    const report = await provenVerdict('no-uid-operator-added', 'state-dropped', 'no-uid');
    expect(report.dropped.map((d) => d.stateKinds)).toEqual([['operator']]);
    expect(report.startsEmpty.map((o) => o.name).sort()).toEqual(['recount', 'total']);
  }, 240_000);

  it("another job's savepoint: incompatible, and Flink refuses it", async () => {
    const report = await provenVerdict('other-job', 'incompatible');
    expect(report.problems[0]).toMatch(/another job's savepoint/);
  }, 240_000);

  it('flink-ft savepoint check: exit 0 compatible and 1 state-dropped, the same JSON as core', async () => {
    const run = async (variant: string) => {
      let stdout = '';
      const code = await runCli(['savepoint', 'check', savepointOf('base').hostPath, jar, '--class', ENTRY, '--arg', variant, '--image', testImage(), '--json'], {
        stdout: { write: (t: string) => (stdout += t) },
        stderr: { write: () => undefined },
        cwd: workspace.path,
        stderrIsTTY: false,
        now: () => performance.now(),
      });
      return { code, report: JSON.parse(stdout) as SavepointCheckReport };
    };
    const same = await run('base');
    expect([same.code, same.report.verdict]).toEqual([0, 'compatible']);
    const renamed = await run('uid-renamed');
    expect([renamed.code, renamed.report.verdict]).toEqual([1, 'state-dropped']);
    expect(renamed.report).toEqual({ ...(await check('uid-renamed')) });
  }, 240_000);
});
