// The public surface of the recovery drill. Import from here, not from the files.
export { runRecoveryCheck, type RecoveryCheckOptions } from './recovery-check.js';
export { RECOVERY_CLUSTER_PROPERTIES, drillClusterSettings } from './drill-cluster-settings.js';
export { setUpRecoveryCheck, type RecoveryCheckRequest } from './recovery-check-setup.js';
export type { DrillJobSpec } from './drill-adapters.js';
export type { DrillCluster, DrillRestApi, JobLauncher, OutputRecord, OutputTap } from './drill-ports.js';
export { type DrillOptions, type DrillTimeouts } from './drill-options.js';
export type * from './recovery-report.js';
export type { Fault, FaultTarget, InjectedFault, TargetChoice } from './faults/fault.js';
export { TaskManagerKill } from './faults/task-manager-kill.js';
export { JobManagerKill, HA_MISSING_MESSAGE, type JobManagerControl } from './faults/job-manager-kill.js';
export { DEFAULT_FAULT, FAULT_KINDS, FAULT_TEST_PRESETS, FaultSpecError, createFault, faultFromSpecs, parseFaultSpec, validFaultsText, type FaultKind, type FaultSpec } from './faults/fault-registry.js';
export type { TaskManagerFaultOps } from './faults/fault-ops.js';
export { TimedTaskManagerFault } from './faults/timed-fault.js';
export { faultOpsOf } from './drill-adapters.js';

export { formatReport, STEP_MARK } from './format-report.js';
export type { ProgressAssertion } from './progress-assertion.js';
export { ASSERTION_CONFIG_FILE } from './assertion-config.js';
export { probeJob, isFlink2OrLater, CONTROL_ARGS, PROBE_ENTRY_CLASS, UNREPLAYABLE_FLINK2_ENTRY_CLASS, PROBE_JAVA_PROJECTS, type ProbeKind, type ProbeJobOptions } from './probe-jobs.js';

export { findRecoverableJobs, type RecoverableJob } from './find-recoverable-jobs.js';
export { judgeEndToEnd, type DeliveryGuarantee, type EndToEndVerdict, type IdSample } from './end-to-end/end-to-end-verdict.js';
export { idOfRecord, recordIds } from './end-to-end/record-ids.js';
export { checkOutputIds, writeInputIds, type InputPlan, type OutputCheck, type TopicCheckBroker } from './end-to-end/topic-check.js';
export { resolveEndToEndPlan, splitIds, DEFAULT_RECORDS, type EndToEndPlan } from './end-to-end/end-to-end-plan.js';
export { KAFKA_ADDRESS_PLACEHOLDER, usesBrokerAddress, withBrokerAddress } from './end-to-end/job-args.js';
