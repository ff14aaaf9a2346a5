// Flink 2.3 on the local cluster: `withFlinkVersion('2.3')` asks for the official flink:2.3-java17;
// offline (no registry, pulling off) the locally built flinkft/flink:2.3-java17 stands in for it.
// The cluster comes up, REST reports 2.3.0, and the PyFlink probe runs and checkpoints. Part of
// the docker-2.3 tier (scripts/test-all.sh): FLINKFT_FLINK2=1 npx vitest run -c vitest.integration.config.ts test/flink2
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FlinkCluster, Wait, type ClusterProgress, type StartedFlinkCluster } from '../../core/cluster/index.js';
import { localClusterInfo, submitJob, type JobTarget } from '../../core/jobs/index.js';
import { tempWorkspace, testRuntime } from '../integration/support/test-cluster.js';
import { testRunLabel } from '../integration/support/test-run.js';
import { FLINK2_VERSION as FLINK_VERSION, ROOT, buildFlink2Image } from './support/flink23-cluster.js';

describe('Flink 2.3: cluster up and a job', () => {
  let workspace: Awaited<ReturnType<typeof tempWorkspace>>;
  let cluster: StartedFlinkCluster;
  let target: JobTarget;
  const progress: ClusterProgress[] = [];

  beforeAll(async () => {
    // Idempotent and cached: builds flinkft/flink:2.3.0-java17 (+ 2.3-java17) from the PyPI wheels once.
    buildFlink2Image();
    workspace = await tempWorkspace('flink23');
    // Like the test preset, but asking for the version (as `--flink-version 2.3` does), not an image.
    cluster = await new FlinkCluster(testRuntime())
      .withFlinkVersion('2.3')
      .withWorkspace(workspace.path)
      .withName(`it-flink23-${process.pid}`)
      .withLabels(testRunLabel())
      .withPullPolicy('never')
      .withRestPort(18123)
      .withNextFreePortAllowed()
      .withTaskManagers(1)
      .withSlots(2)
      .withProgress((p) => progress.push(p))
      .start();
    target = { rest: cluster.rest, local: localClusterInfo(cluster) };
  });

  afterAll(async () => {
    await cluster?.down({ purge: true });
    await workspace?.[Symbol.asyncDispose]();
  });

  it('runs the locally built 2.3 image in place of the official one and REST reports 2.3.0', async () => {
    expect(progress.map((p) => p.message)).toContain('flink:2.3-java17 cannot be pulled here; using the locally built flinkft/flink:2.3-java17');
    const status = await cluster.status();
    expect(status.rest).toMatchObject({ reachable: true, flinkVersion: FLINK_VERSION, slotsTotal: 2 });
  });

  it('runs the PyFlink probe: RUNNING and two completed checkpoints', async () => {
    const job = await submitJob(target, { artifact: join(ROOT, 'examples/probe/python/probe.py'), args: ['--keys', '2', '--rate', '20'] });
    console.log(`[flink-2.3] pyflink probe accepted after ${job.acceptedAfterMs.toFixed(0)} ms, RUNNING after ${job.runningAfterMs?.toFixed(0)} ms`);
    await Wait.forCompletedCheckpoints(job.jobId, 2).withTimeout(180_000).waitUntilReady(cluster.waitTarget());
    await cluster.rest.cancelJob(job.jobId);
    await Wait.forJobState(job.jobId, 'CANCELED').withTimeout(60_000).waitUntilReady(cluster.waitTarget());
  });
});
