// The one call the CLI, the Test Explorer, the demo and the benchmark make: the drill on a cluster.
import type { StartedFlinkCluster } from '../cluster/index.js';
import { drillClusterOf, jobLauncherFor, openTaskManagerOutput, type DrillJobSpec } from './drill-adapters.js';
import type { DrillOptions } from './drill-options.js';
import type { RecoveryReport, StepResult } from './recovery-report.js';
import { runRecoveryDrill } from './recovery-drill.js';
import { withStaticFindings } from './static-findings.js';

export interface RecoveryCheckOptions extends DrillOptions {
  onStep?: (step: StepResult) => void;
}

export async function runRecoveryCheck(cluster: StartedFlinkCluster, spec: DrillJobSpec, options: RecoveryCheckOptions = {}): Promise<RecoveryReport> {
  const { onStep, ...drillOptions } = options;
  const report = await runRecoveryDrill(
    {
      cluster: drillClusterOf(cluster),
      launch: jobLauncherFor(cluster, spec, options.onProgress),
      openOutput: () => openTaskManagerOutput(cluster),
      job: { artifact: spec.artifact, ...(spec.entryClass && { entryClass: spec.entryClass }), args: spec.args ?? [] },
      ...(onStep && { onStep }),
    },
    drillOptions,
  );
  return withStaticFindings(report, spec.artifact);
}

