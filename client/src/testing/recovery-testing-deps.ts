// The recovery tests' view of the extension: the workspace folder and its local cluster, started
// on demand (with the cluster's own progress and error handling) in a trusted workspace only.
import { ProgressLocation, window } from 'vscode';
import { requireFolder, requireTrust } from '../cluster/cluster-guards.js';
import type { Ctx } from '../ctx.js';
import type { RecoveryTestingDeps } from './run-recovery-tests.js';

export function recoveryTestingDeps(ctx: Ctx): RecoveryTestingDeps {
  return {
    folder: () => ctx.cluster.folder,
    ensureCluster: async (report) => {
      if (!(await requireTrust()) || !(await requireFolder(ctx.cluster))) return undefined;
      if (!ctx.cluster.cluster) await ctx.cluster.refresh(); // the CLI may have started one
      const running = ctx.cluster.cluster;
      if (running) return running;
      report('starting the local cluster');
      return window.withProgress({ location: ProgressLocation.Notification, title: 'Flink: starting the local cluster for the recovery check' }, (progress) =>
        ctx.cluster.start(
          (step) => {
            progress.report({ message: step.message });
            report(step.message);
          },
          { forRecoveryDrill: true },
        ),
      );
    },
  };
}
