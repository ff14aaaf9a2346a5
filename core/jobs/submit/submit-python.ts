import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { LABEL_ROLE, managedFilter, type StartedFlinkCluster } from '../../cluster/index.js';
import { describePythonJob } from '../project/python-job.js';
import { toContainerPath } from '../checkpoints/checkpoint-paths.js';
import { ClusterNotRunningError } from '../errors/cluster-not-running-error.js';
import { JarNotFoundError } from '../errors/jar-not-found-error.js';
import { PythonSubmitError } from '../errors/python-submit-error.js';
import { localClusterInfo } from './job-target.js';
import { awaitJobStart, type AwaitStartOptions } from './await-job-start.js';
import { stagePythonJob } from './stage-python-job.js';
import type { SubmittedJob } from './submit-jar.js';

export interface SubmitPythonOptions {
  scriptPath: string;
  args?: readonly string[];
  parallelism?: number;
  /** Checkpoint or savepoint to restore, as the cluster sees it (container path). */
  savepointPath?: string;
  allowNonRestoredState?: boolean;
  /**
   * Pass requirements.txt to Flink (-pyreq), which pip-installs it on the cluster. Off by default:
   * the containers may not reach a package index; the local image ships PyFlink's own dependencies.
   */
  installRequirements?: boolean;
  awaitRunning?: boolean | AwaitStartOptions;
}

const JOB_ID_LINE = /Job has been submitted with JobID ([0-9a-f]{32})/;

/**
 * Runs a PyFlink script with `flink run -d -py` inside the local cluster's JobManager container
 * (PyFlink jobs cannot go through /jars/run). The script and its neighbours (.py modules, jars,
 * requirements.txt) are copied to `.flink/jobs/<name>-<hash>/`, which the JobManager sees through
 * its bind mount, so no `docker cp` is needed and the copy stays inspectable.
 */
export async function submitPython(cluster: StartedFlinkCluster, options: SubmitPythonOptions): Promise<SubmittedJob> {
  const stats = await stat(options.scriptPath).catch(() => undefined);
  if (!stats?.isFile()) throw new JarNotFoundError([options.scriptPath]);
  const job = await describePythonJob(options.scriptPath);
  const jm = (await cluster.runtime.listContainers({ ...managedFilter(cluster.name), [LABEL_ROLE]: 'jobmanager' })).find((c) => c.state === 'running');
  if (!jm) throw new ClusterNotRunningError(`named '${cluster.name}' (its JobManager container is not running)`);

  const { mapping } = localClusterInfo(cluster);
  const staged = await stagePythonJob(cluster.workspace, options.scriptPath, [...job.modulePaths, ...job.jarPaths, ...(job.requirementsPath ? [job.requirementsPath] : [])]);
  const inContainer = (hostPath: string): string => toContainerPath(mapping, hostPath) ?? hostPath;
  const script = inContainer(join(staged, basename(options.scriptPath)));
  const jars = job.jarPaths.map((j) => `file://${inContainer(join(staged, basename(j)))}`);
  const command = [
    'flink', 'run', '-d',
    ...(options.parallelism !== undefined ? ['-p', String(options.parallelism)] : []),
    ...(options.savepointPath !== undefined ? ['-s', options.savepointPath] : []),
    ...(options.allowNonRestoredState ? ['-n'] : []),
    ...(jars.length > 0 ? [`-Dpipeline.jars=${jars.join(';')}`] : []),
    ...(job.modulePaths.length > 0 ? ['-pyfs', inContainer(staged)] : []),
    ...(options.installRequirements && job.requirementsPath ? ['-pyreq', inContainer(join(staged, 'requirements.txt'))] : []),
    '-py', script,
    ...(options.args ?? []),
  ];

  const started = performance.now();
  // As uid 9999: a root `docker exec` would leave a root-owned client log in /opt/flink/log.
  const result = await cluster.runtime.exec(jm.id, command, { user: 'flink' });
  const jobId = JOB_ID_LINE.exec(result.output)?.[1];
  if (result.exitCode !== 0 || !jobId) {
    throw new PythonSubmitError({ scriptPath: options.scriptPath, exitCode: result.exitCode, rootCause: pythonRootCause(result.output), output: result.output });
  }
  const acceptedAfterMs = performance.now() - started;
  const submitted: SubmittedJob = { jobId, entryClass: basename(options.scriptPath), acceptedAfterMs };
  if (options.awaitRunning === false) return submitted;
  await awaitJobStart(cluster.rest, jobId, typeof options.awaitRunning === 'object' ? options.awaitRunning : {});
  return { ...submitted, runningAfterMs: performance.now() - started };
}

/**
 * The line users need from `flink run -py` output: the Python exception that ended the script
 * (the traceback's last line), else Flink's innermost Java cause, else the last line.
 */
export function pythonRootCause(output: string): string {
  const lines = output.split(/\r?\n/);
  const exception = /^[A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt)\b(?::\s.*)?$/;
  const noise = /ProgramAbortException|Python process exits with code/;
  const tracebackEnd = lines.findIndex((l, i) => i > lines.findIndex((x) => x.startsWith('Traceback (most recent call last)')) && exception.test(l) && !noise.test(l));
  if (lines.some((l) => l.startsWith('Traceback (most recent call last)')) && tracebackEnd >= 0) return lines[tracebackEnd]!.trim();
  const causes = lines.filter((l) => l.trim().startsWith('Caused by:') && !noise.test(l));
  if (causes.length > 0) return causes.at(-1)!.trim().slice('Caused by:'.length).trim();
  return lines.map((l) => l.trim()).filter((l) => l.length > 0).at(-1) ?? 'no output';
}
