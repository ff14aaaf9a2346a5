// One Flink 2.3 cluster for a test file, the way `flink-ft cluster up --flink-version 2.3` gets it:
// the official flink:2.3-java17 asked for, the locally built flinkft/flink:2.3-java17 standing in
// (built here when missing; cached by recipe hash).
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { FlinkCluster, type ClusterProgress, type StartedFlinkCluster } from '../../../core/cluster/index.js';
import { tempWorkspace, testRuntime } from '../../integration/support/test-cluster.js';
import { testRunLabel } from '../../integration/support/test-run.js';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const FLINK2_VERSION = '2.3.0';

/** Idempotent: builds flinkft/flink:2.3.0-java17 (+ 2.3-java17), the stand-in's repository whatever FLINKFT_IMAGE_REPO says. */
export function buildFlink2Image(): void {
  execFileSync('bash', ['scripts/build-flink-image.sh'], {
    cwd: ROOT,
    env: { ...process.env, FLINK_VERSION: FLINK2_VERSION, FLINKFT_IMAGE_REPO: 'flinkft/flink' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

export interface Flink2ClusterOptions {
  name: string;
  restPort: number;
  taskManagers: number;
  flinkProperties?: Readonly<Record<string, string>>;
  progress?: ClusterProgress[];
}

/** Named after its workspace (the default), so `flink-ft recover --workspace` adopts it. */
export async function startFlink2Cluster(options: Flink2ClusterOptions): Promise<{ cluster: StartedFlinkCluster; workspace: { path: string } & AsyncDisposable }> {
  const workspace = await tempWorkspace(options.name);
  const cluster = await new FlinkCluster(testRuntime())
    .withFlinkVersion('2.3')
    .withWorkspace(workspace.path)
    .withLabels(testRunLabel())
    .withPullPolicy('never')
    .withRestPort(options.restPort)
    .withNextFreePortAllowed()
    .withTaskManagers(options.taskManagers)
    .withSlots(2)
    .withFlinkProperties({ ...options.flinkProperties })
    .withProgress((p) => options.progress?.push(p))
    .start();
  return { cluster, workspace };
}
