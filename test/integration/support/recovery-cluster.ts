import { afterAll, beforeAll, beforeEach } from 'vitest';
import { LABEL_CLUSTER, LABEL_MANAGED, LABEL_WORKSPACE, removeClusterResources, type StartedFlinkCluster } from '../../../core/cluster/index.js';
import { buildIfStale } from '../../../core/jobs/index.js';
import { RECOVERY_CLUSTER_PROPERTIES } from '../../../core/recovery/index.js';
import { resetCluster } from './reset-cluster.js';
import { tempWorkspace, testClusterBuilder, testRuntime } from './test-cluster.js';

/**
 * One cluster for a file of recovery drills, with the drill's REST settings and 2 slots per
 * TaskManager, started while the job projects build; torn down (purged) after the file. Each drill
 * cancels its job and replaces what it killed; before each test the cluster is brought back to that
 * shape anyway (no job running, `taskManagers` running and registered), so a drill that failed
 * half-way cannot fail the next one.
 */
export function useRecoveryCluster(name: string, options: { restPort: number; taskManagers: number; projects: readonly string[] }): () => StartedFlinkCluster & { workspacePath: string } {
  let workspace: Awaited<ReturnType<typeof tempWorkspace>> | undefined;
  let cluster: StartedFlinkCluster | undefined;
  beforeAll(async () => {
    workspace = await tempWorkspace(name);
    const [, started] = await Promise.all([
      Promise.all(options.projects.map((p) => buildIfStale(p))),
      testClusterBuilder(testRuntime(), workspace.path, name)
        .withRestPort(options.restPort)
        .withTaskManagers(options.taskManagers)
        .withSlots(2)
        .withFlinkProperties(RECOVERY_CLUSTER_PROPERTIES)
        .start(),
    ]);
    cluster = started;
  });
  beforeEach(() => resetCluster(cluster!, { count: options.taskManagers }));
  afterAll(async () => {
    await cluster?.down({ purge: true });
    // A CLI run in the file (flink-ft recover --workspace) may have started a cluster of its own for
    // this workspace, without the test-run label the sweep looks for: remove whatever is left there.
    if (workspace) await removeWorkspaceClusters(workspace.path);
    await workspace?.[Symbol.asyncDispose]();
  });
  return () => Object.assign(cluster!, { workspacePath: workspace!.path });
}

async function removeWorkspaceClusters(workspacePath: string): Promise<void> {
  const runtime = testRuntime();
  const left = await runtime.listContainers({ [LABEL_MANAGED]: 'true', [LABEL_WORKSPACE]: workspacePath });
  for (const name of new Set(left.map((c) => c.labels[LABEL_CLUSTER]).filter((n): n is string => Boolean(n)))) {
    await removeClusterResources(runtime, name);
  }
}
