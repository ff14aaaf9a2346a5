import { stat } from 'node:fs/promises';
import { isHttpStatusError, type FlinkRestClient } from '../../flink-rest/index.js';
import { readJarContents } from '../project/jar-contents.js';
import { EntryClassMissingError } from '../errors/entry-class-missing-error.js';
import { EntryClassNotFoundError } from '../errors/entry-class-not-found-error.js';
import { JarNotFoundError } from '../errors/jar-not-found-error.js';
import { JobStartFailedError } from '../errors/job-start-failed-error.js';
import { awaitJobStart, type AwaitStartOptions } from './await-job-start.js';
import { rootCause } from './root-cause.js';

export interface SubmitJarOptions {
  jarPath: string;
  /** Needed when the manifest has no Main-Class, or to run another main class of the jar. */
  entryClass?: string;
  args?: readonly string[];
  parallelism?: number;
  /** Checkpoint or savepoint to restore, as the cluster sees it (container path or URI). */
  savepointPath?: string;
  allowNonRestoredState?: boolean;
  /** Per-job Flink configuration (e.g. a checkpoint interval). */
  flinkConfiguration?: Record<string, string>;
  /** Wait until all tasks run (default); false returns right after Flink accepted the job. */
  awaitRunning?: boolean | AwaitStartOptions;
}

export interface SubmittedJob {
  jobId: string;
  entryClass: string;
  /** Milliseconds from upload start to Flink's answer. */
  acceptedAfterMs: number;
  /** Milliseconds to the job counting as started when awaited (all tasks RUNNING, plus the start grace). */
  runningAfterMs?: number;
}

/**
 * Uploads a jar and runs it through REST (/jars/upload, /jars/:id/run), so it works for the local
 * cluster and any remote one alike. The jar is checked first (entry class present), and removed
 * from the cluster's jar list afterwards: the running job keeps its own copy.
 */
export async function submitJar(rest: FlinkRestClient, options: SubmitJarOptions): Promise<SubmittedJob> {
  const stats = await stat(options.jarPath).catch(() => undefined);
  if (!stats?.isFile()) throw new JarNotFoundError([options.jarPath]);
  const contents = await readJarContents(options.jarPath);
  const entryClass = options.entryClass ?? contents.mainClass;
  if (!entryClass) throw new EntryClassMissingError(options.jarPath, contents.mainCandidates);
  if (!contents.classes.includes(entryClass)) throw new EntryClassNotFoundError(options.jarPath, entryClass, contents.mainCandidates);

  const started = performance.now();
  const jar = await rest.uploadJar(options.jarPath);
  let jobId: string;
  try {
    jobId = await rest.runJar(jar.id, {
      entryClass,
      programArgsList: [...(options.args ?? [])],
      ...(options.parallelism !== undefined && { parallelism: options.parallelism }),
      ...(options.savepointPath !== undefined && { savepointPath: options.savepointPath }),
      ...(options.allowNonRestoredState !== undefined && { allowNonRestoredState: options.allowNonRestoredState }),
      ...(options.flinkConfiguration !== undefined && { flinkConfiguration: options.flinkConfiguration }),
    });
  } catch (error) {
    if (isHttpStatusError(error)) {
      const trace = error.serverErrors.join('\n');
      throw new JobStartFailedError({ rootCause: rootCause(trace), details: trace, phase: 'submit' }, { cause: error });
    }
    throw error;
  } finally {
    await rest.deleteJar(jar.id).catch(() => undefined);
  }
  const acceptedAfterMs = performance.now() - started;
  if (options.awaitRunning === false) return { jobId, entryClass, acceptedAfterMs };
  await awaitJobStart(rest, jobId, typeof options.awaitRunning === 'object' ? options.awaitRunning : {});
  return { jobId, entryClass, acceptedAfterMs, runningAfterMs: performance.now() - started };
}
