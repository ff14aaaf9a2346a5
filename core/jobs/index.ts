// The public surface of the job lifecycle: build, submit, savepoints, restore. Import from here, not from the files.
export { detectProject, type BuildTool, type JvmProject } from './build/detect-project.js';
export { buildProject, type BuildOptions, type BuildResult } from './build/build-project.js';
export { buildIfStale } from './build/build-if-stale.js';
export { parseCompilerMessages, type CompilerMessage } from './build/compiler-messages.js';
export { findJobJar, findJobJars } from './build/find-job-jars.js';
export { readJarContents, parseManifest, type JarContents } from './build/jar-contents.js';
export { findEntryClasses, type SourceEntryClass } from './build/find-entry-classes.js';
export { describePythonJob, isPyFlinkJob, type PythonJob } from './build/python-job.js';
export { ZipArchive, type ZipEntry } from './zip/zip-archive.js';

export { resolveJobTarget, localClusterInfo, type JobTarget, type JobTargetLookup, type LocalClusterInfo } from './submit/job-target.js';
export { submitJob, type SubmitRequest, type SubmitOutcome } from './submit/submit-job.js';
export { submitJar, type SubmitJarOptions, type SubmittedJob } from './submit/submit-jar.js';
export { submitPython, pythonRootCause, type SubmitPythonOptions } from './submit/submit-python.js';
export { awaitJobStart, type AwaitStartOptions } from './submit/await-job-start.js';
export { rootCause } from './submit/root-cause.js';
export { cancelJobAndWait, DEFAULT_CANCEL_TIMEOUT_MS, type CancelOptions } from './cancel/cancel-job-and-wait.js';

export { workspacePathMapping, toContainerPath, toHostPath, stripFileScheme, type PathMapping } from './checkpoints/checkpoint-paths.js';
export { findLatestCheckpoint, listRetainedCheckpoints, type RetainedCheckpoint } from './checkpoints/find-latest-checkpoint.js';
export { validateRestorePath, type ValidatedRestorePath } from './checkpoints/validate-restore-path.js';
export { resolveRestorePath, type RestoreSpec, type ResolvedRestore } from './checkpoints/resolve-restore-path.js';

export { triggerSavepoint, stopWithSavepoint, awaitSavepoint, type SavepointOptions, type SavepointResult } from './savepoints/savepoints.js';
export { describeJob, checkpointHistory, type JobSummary, type CheckpointPoint } from './job-summary.js';

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
export { jobNode, jobsToShow, jobContextValue, isEndedJob, restartCount, formatUptime, formatMillis, formatBytes, formatClock, formatDateTime, JOB_NODE_COMMANDS, MAX_ENDED_JOBS, type JobViewNode, type JobViewOptions } from './job-view-model.js';
export { mergeCheckpointSeries, fetchCheckpointSnapshot, MAX_CHART_CHECKPOINTS, type CheckpointSeries, type CheckpointSnapshot, type ChartCheckpoint, type ChartCheckpointStatus, type ChartMarker } from './checkpoint-history.js';
export { jobJarStatus, type JobJarStatus } from './build/job-jar-status.js';
export { listSavepoints, type SavedSavepoint } from './checkpoints/list-savepoints.js';
