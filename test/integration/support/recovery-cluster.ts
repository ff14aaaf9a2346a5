import { afterAll, beforeAll } from 'vitest';
import type { StartedFlinkCluster } from '../../../core/cluster/index.js';
import { buildIfStale } from '../../../core/jobs/index.js';
import { RECOVERY_CLUSTER_PROPERTIES } from '../../../core/recovery/index.js';
import { tempWorkspace, testClusterBuilder, testRuntime } from './test-cluster.js';

/**
 * One cluster for a file of recovery drills, with the drill's REST settings and 2 slots per
 * TaskManager, started while the job projects build; torn down (purged) after the file. Each drill
 * cancels its job and replaces what it killed, so the next one starts from the same shape.
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
  afterAll(async () => {
    await cluster?.down({ purge: true });
    await workspace?.[Symbol.asyncDispose]();
  });
  return () => Object.assign(cluster!, { workspacePath: workspace!.path });
}
