// The public surface of the recovery drill. Import from here, not from the files.
export { runRecoveryDrill, type DrillInputs } from './recovery-drill.js';
export { runRecoveryCheck, type RecoveryCheckOptions } from './recovery-check.js';
export { RECOVERY_CLUSTER_PROPERTIES, drillClusterSettings } from './drill-cluster-settings.js';
export { setUpRecoveryCheck, takesControlArgs, type RecoveryCheckRequest, type RecoveryCheckSetup } from './recovery-check-setup.js';
export { drillClusterOf, jobLauncherFor, openTaskManagerOutput, type DrillJobSpec } from './drill-adapters.js';
export type { DrillCluster, DrillRestApi, JobLauncher, OutputRecord, OutputTap } from './drill-ports.js';
export { DEFAULT_TIMEOUTS, resolveDrillOptions, type DrillOptions, type DrillTimeouts } from './drill-options.js';
export type * from './recovery-report.js';
export type { Fault, FaultTarget, InjectedFault, TargetChoice } from './faults/fault.js';
export { TaskManagerKill } from './faults/task-manager-kill.js';
export { formatTimeline } from './timeline.js';
export { formatReport, STEP_MARK } from './format-report.js';
export { PROBE_ASSERTION, compileProgressPattern, type ProgressAssertion } from './progress-assertion.js';
export { loadAssertionConfig, assertionFor, ASSERTION_CONFIG_FILE, type AssertionConfig } from './assertion-config.js';
export { probeJob, isProbeJob, CONTROL_ARGS, PROBE_ENTRY_CLASS, UNREPLAYABLE_ENTRY_CLASS, type ProbeKind } from './probe-jobs.js';
export { STEP_TITLES } from './step-log.js';
export { findRecoverableJobs, type RecoverableJob } from './find-recoverable-jobs.js';
