// The public surface of the job lifecycle: build, submit, savepoints, restore. Import from here, not from the files.
export { detectProject, type JvmProject } from './project/detect-project.js';
export { buildProject } from './project/build-project.js';
export { buildIfStale } from './project/build-if-stale.js';
export { parseCompilerMessages } from './project/compiler-messages.js';
export { findJobJar } from './project/find-job-jars.js';
export { readJarContents } from './project/jar-contents.js';
export { findEntryClasses } from './project/find-entry-classes.js';
export { isPyFlinkJob } from './project/python-job.js';

export { resolveJobTarget, localClusterInfo, type JobTarget } from './submit/job-target.js';
export { submitJob, type SubmitRequest, type SubmitOutcome } from './submit/submit-job.js';

export { rootCause } from './submit/root-cause.js';
export { cancelJobAndWait, DEFAULT_CANCEL_TIMEOUT_MS } from './cancel/cancel-job-and-wait.js';

export { workspacePathMapping, toHostPath } from './checkpoints/checkpoint-paths.js';
export { findLatestCheckpoint, listRetainedCheckpoints } from './checkpoints/find-latest-checkpoint.js';

export { resolveRestorePath, type RestoreSpec } from './checkpoints/resolve-restore-path.js';

export { triggerSavepoint, stopWithSavepoint } from './savepoints/savepoints.js';
export { describeJob, type ClusterJobSummary } from './cluster-job-summary.js';

export { JobsError, isJobsError } from './errors/jobs-error.js';
export { ProjectNotFoundError } from './errors/project-not-found-error.js';
export { BuildFailedError } from './errors/build-failed-error.js';
export { JarNotFoundError } from './errors/jar-not-found-error.js';
export { EntryClassMissingError } from './errors/entry-class-missing-error.js';
export { EntryClassNotFoundError } from './errors/entry-class-not-found-error.js';
export { JobStartFailedError } from './errors/job-start-failed-error.js';
export { RestorePathNotFoundError } from './errors/restore-path-not-found-error.js';
export { RestorePathIncompleteError } from './errors/restore-path-incomplete-error.js';
export { CheckpointJobMismatchError } from './errors/checkpoint-job-mismatch-error.js';
export { NoRetainedCheckpointError } from './errors/no-retained-checkpoint-error.js';
export { ClusterNotRunningError } from './errors/cluster-not-running-error.js';
export { SavepointFailedError } from './errors/savepoint-failed-error.js';
export { SavepointTimeoutError } from './errors/savepoint-timeout-error.js';
export { PythonSubmitError } from './errors/python-submit-error.js';
export { JarUnreadableError } from './errors/jar-unreadable-error.js';
export { jobJarStatus } from './project/job-jar-status.js';
export { listSavepoints } from './checkpoints/list-savepoints.js';
export { checkSavepoint, savepointCheckImage, type SavepointCheckRequest, type SavepointCheckReport } from './savepoints/check-savepoint.js';
export { compareSavepoint, type SavepointCheck, type SavepointVerdict } from './savepoints/compare-savepoint.js';
export type { SavepointContents, JobOperators } from './savepoints/savepoint-contents.js';
export { SavepointCheckFailedError } from './errors/savepoint-check-failed-error.js';
