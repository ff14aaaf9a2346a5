// The one call the CLI, the Test Explorer, the demo and the benchmark make: the drill on a cluster.
import type { StartedFlinkCluster } from '../cluster/index.js';
import { drillClusterOf, faultOpsOf, jobLauncherFor, openTaskManagerOutput, type DrillJobSpec } from './drill-adapters.js';
import { faultFromSpecs, type FaultSpec } from './faults/fault-registry.js';
import type { DrillOptions } from './drill-options.js';
import type { RecoveryReport, StepResult } from './recovery-report.js';
import { runRecoveryDrill } from './recovery-drill.js';
import { withStaticFindings } from './static-findings.js';

export interface RecoveryCheckOptions extends DrillOptions {
  onStep?: (step: StepResult) => void;
  /** The faults to inject, one per round in turn (parseFaultSpec); ignored when `fault` is given. */
  faults?: readonly FaultSpec[];
  /** The netem helper image for delay-tm / loss-tm (default flinkft/netem:local). */
  netemImage?: string;
}

export async function runRecoveryCheck(cluster: StartedFlinkCluster, spec: DrillJobSpec, options: RecoveryCheckOptions = {}): Promise<RecoveryReport> {
  const { onStep, faults, netemImage, ...drillOptions } = options;
  if (!drillOptions.fault && faults && faults.length > 0) {
    drillOptions.fault = faultFromSpecs(faults, faultOpsOf(cluster, netemImage));
    // Every fault gets its round.
    drillOptions.kills = Math.max(drillOptions.kills ?? 1, faults.length);
  }
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

