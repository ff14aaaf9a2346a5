import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { CheckpointConfig, CheckpointDetails, CheckpointingStatistics } from './types/checkpoint-types.js';
import type { ClusterOverview, ConfigEntry, LogFileInfo, TaskManagerDetail, TaskManagerInfo, WebConfig } from './types/cluster-types.js';
import type { JarInfo, JarRunRequest, UploadedJar } from './types/jar-types.js';
import type { JobDetail, JobExceptions, JobOverview, JobState, VertexDetail } from './types/job-types.js';
import type { SavepointStatus, SavepointTriggerRequest, StopWithSavepointRequest } from './types/savepoint-types.js';
import { arrayOf, objectWith } from './response-shape.js';
import { RestTransport, type RequestOptions } from './rest-transport.js';
import { parseRestUrl } from './rest-url.js';

export interface FlinkRestClientOptions {
  /** e.g. http://127.0.0.1:8081 (a trailing slash is ignored) */
  baseUrl: string;
  /** Default per-request timeout. Jar upload gets its own, larger default. */
  timeoutMs?: number;
  /** Largest body read from one answer; past it the call fails with ResponseTooLargeError. */
  maxBodyBytes?: number;
  /** Other REST endpoints of the same cluster (HA standbys), asked when the current one is unreachable. */
  alternateBaseUrls?: readonly string[];
}

const DEFAULT_TIMEOUT_MS = 10_000;
const UPLOAD_TIMEOUT_MS = 120_000;
// Flink's JSON answers are kilobytes; TaskManager logs and stdout can be megabytes. 32 MiB bounds an endless body.
const DEFAULT_MAX_BODY_BYTES = 32 * 1024 * 1024;

/**
 * Typed client for the JobManager REST API (flink-reference §3). One method per endpoint; every
 * failure is a FlinkRestError: HttpStatusError, RestTimeoutError, ClusterUnreachableError,
 * UnexpectedResponseError (not Flink's JSON), ResponseTooLargeError; a bad URL throws
 * InvalidRestUrlError from the constructor. Credentials in the URL are sent as Basic auth and
 * never shown.
 */
export class FlinkRestClient {
  /** Without credentials or trailing slash. */
  readonly baseUrl: string;
  private readonly http: RestTransport;

  constructor(options: FlinkRestClientOptions) {
    const url = parseRestUrl(options.baseUrl);
    this.baseUrl = url.fetchBase;
    const alternates = (options.alternateBaseUrls ?? []).map((u) => parseRestUrl(u));
    this.http = new RestTransport(url, options.timeoutMs ?? DEFAULT_TIMEOUT_MS, options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES, alternates);
  }

  // --- cluster -------------------------------------------------------------------------------

  overview(options?: RequestOptions): Promise<ClusterOverview> {
    return this.http.json('GET', '/overview', undefined, options, objectWith({ taskmanagers: 'number' }));
  }

  webConfig(options?: RequestOptions): Promise<WebConfig> {
    return this.http.json('GET', '/config', undefined, options, objectWith());
  }

  /** The effective cluster configuration as the JobManager sees it. */
  async jobManagerConfig(options?: RequestOptions): Promise<Record<string, string>> {
    const entries = await this.http.json<ConfigEntry[]>('GET', '/jobmanager/config', undefined, options, CONFIG_ENTRIES);
    return Object.fromEntries(entries.map((e) => [e.key, e.value]));
  }

  // --- task managers ---------------------------------------------------------------------------

  async taskManagers(options?: RequestOptions): Promise<TaskManagerInfo[]> {
    const body = await this.http.json<{ taskmanagers: TaskManagerInfo[] }>('GET', '/taskmanagers', undefined, options, objectWith({ taskmanagers: 'array' }));
    return body.taskmanagers;
  }

  taskManager(id: string, options?: RequestOptions): Promise<TaskManagerDetail> {
    return this.http.json('GET', `/taskmanagers/${enc(id)}`, undefined, options, objectWith({ id: 'string' }));
  }

  async taskManagerLogs(id: string, options?: RequestOptions): Promise<LogFileInfo[]> {
    const body = await this.http.json<{ logs: LogFileInfo[] }>('GET', `/taskmanagers/${enc(id)}/logs`, undefined, options, objectWith({ logs: 'array' }));
    return body.logs;
  }

  /** The TM's `.out` file; fails (500) unless the TM redirects stdout to a file. */
  taskManagerStdout(id: string, options?: RequestOptions): Promise<string> {
    return this.http.text(`/taskmanagers/${enc(id)}/stdout`, options);
  }

  taskManagerLog(id: string, options?: RequestOptions): Promise<string> {
    return this.http.text(`/taskmanagers/${enc(id)}/log`, options);
  }

  taskManagerLogFile(id: string, fileName: string, options?: RequestOptions): Promise<string> {
    return this.http.text(`/taskmanagers/${enc(id)}/logs/${enc(fileName)}`, options);
  }

  // --- jobs ----------------------------------------------------------------------------------

  async jobs(options?: RequestOptions): Promise<JobOverview[]> {
    const body = await this.http.json<{ jobs: JobOverview[] }>('GET', '/jobs/overview', undefined, options, objectWith({ jobs: 'array' }));
    return body.jobs;
  }

  job(jobId: string, options?: RequestOptions): Promise<JobDetail> {
    return this.http.json('GET', `/jobs/${enc(jobId)}`, undefined, options, objectWith({ jid: 'string', state: 'string' }));
  }

  /** One vertex with its subtasks: which TaskManager runs each, and for how long (the recovery drill's target). */
  vertex(jobId: string, vertexId: string, options?: RequestOptions): Promise<VertexDetail> {
    return this.http.json('GET', `/jobs/${enc(jobId)}/vertices/${enc(vertexId)}`, undefined, options, objectWith({ subtasks: 'array' }));
  }

  async jobStatus(jobId: string, options?: RequestOptions): Promise<JobState> {
    const body = await this.http.json<{ status: JobState }>('GET', `/jobs/${enc(jobId)}/status`, undefined, options, objectWith({ status: 'string' }));
    return body.status;
  }

  jobExceptions(jobId: string, maxExceptions = 10, options?: RequestOptions): Promise<JobExceptions> {
    return this.http.json('GET', `/jobs/${enc(jobId)}/exceptions?maxExceptions=${maxExceptions}`, undefined, options, objectWith());
  }

  checkpoints(jobId: string, options?: RequestOptions): Promise<CheckpointingStatistics> {
    return this.http.json('GET', `/jobs/${enc(jobId)}/checkpoints`, undefined, options, objectWith({ counts: 'object' }));
  }

  /** One checkpoint with its state size per vertex (the drill's "restored N with M bytes for X"). */
  checkpointDetails(jobId: string, checkpointId: number, options?: RequestOptions): Promise<CheckpointDetails> {
    return this.http.json('GET', `/jobs/${enc(jobId)}/checkpoints/details/${checkpointId}`, undefined, options);
  }

  checkpointConfig(jobId: string, options?: RequestOptions): Promise<CheckpointConfig> {
    return this.http.json('GET', `/jobs/${enc(jobId)}/checkpoints/config`, undefined, options, objectWith());
  }

  /** PATCH ?mode=cancel; Flink answers 202 and cancels asynchronously. */
  async cancelJob(jobId: string, options?: RequestOptions): Promise<void> {
    await this.http.json('PATCH', `/jobs/${enc(jobId)}?mode=cancel`, undefined, options);
  }

  // --- jars ----------------------------------------------------------------------------------

  /** Uploads a jar from disk (or given bytes) as multipart field `jarfile`. */
  async uploadJar(jar: string | { fileName: string; bytes: Uint8Array }, options?: RequestOptions): Promise<UploadedJar> {
    const { fileName, bytes } = typeof jar === 'string' ? { fileName: basename(jar), bytes: await readFile(jar) } : jar;
    const form = new FormData();
    form.append('jarfile', new Blob([bytes], { type: 'application/x-java-archive' }), fileName);
    const body = await this.http.json<{ filename: string; status: string }>(
      'POST',
      '/jars/upload',
      { form },
      { timeoutMs: UPLOAD_TIMEOUT_MS, ...options },
      objectWith({ filename: 'string' }),
    );
    // The jar id is the basename of the server-side path (`<dir>/<uuid>_job.jar`).
    return { id: basename(body.filename), filename: body.filename };
  }

  async jars(options?: RequestOptions): Promise<JarInfo[]> {
    const body = await this.http.json<{ files: JarInfo[] }>('GET', '/jars', undefined, options, objectWith({ files: 'array' }));
    return body.files;
  }

  /** Runs an uploaded jar; returns the new job's id. */
  async runJar(jarId: string, request: JarRunRequest = {}, options?: RequestOptions): Promise<string> {
    const body = await this.http.json<{ jobid: string }>('POST', `/jars/${enc(jarId)}/run`, { json: request }, options, objectWith({ jobid: 'string' }));
    return body.jobid;
  }

  async deleteJar(jarId: string, options?: RequestOptions): Promise<void> {
    await this.http.json('DELETE', `/jars/${enc(jarId)}`, undefined, options);
  }

  // --- savepoints ----------------------------------------------------------------------------

  /** Returns the trigger id to poll with savepointStatus(). */
  async triggerSavepoint(jobId: string, request: SavepointTriggerRequest = {}, options?: RequestOptions): Promise<string> {
    const json = {
      ...(request.targetDirectory !== undefined && { 'target-directory': request.targetDirectory }),
      'cancel-job': request.cancelJob ?? false,
      ...(request.formatType !== undefined && { formatType: request.formatType }),
    };
    const body = await this.http.json<{ 'request-id': string }>('POST', `/jobs/${enc(jobId)}/savepoints`, { json }, options, TRIGGER);
    return body['request-id'];
  }

  /** Stop-with-savepoint; returns the trigger id to poll with savepointStatus(). */
  async stopWithSavepoint(jobId: string, request: StopWithSavepointRequest = {}, options?: RequestOptions): Promise<string> {
    const body = await this.http.json<{ 'request-id': string }>('POST', `/jobs/${enc(jobId)}/stop`, { json: request }, options, TRIGGER);
    return body['request-id'];
  }

  async savepointStatus(jobId: string, triggerId: string, options?: RequestOptions): Promise<SavepointStatus> {
    const body = await this.http.json<RawSavepointStatus>('GET', `/jobs/${enc(jobId)}/savepoints/${enc(triggerId)}`, undefined, options, SAVEPOINT_STATUS);
    if (body.status.id !== 'COMPLETED') return { state: 'IN_PROGRESS' };
    const operation = body.operation ?? {};
    if (typeof operation.location === 'string') return { state: 'COMPLETED', location: operation.location };
    return { state: 'FAILED', failureCause: describeFailure(operation['failure-cause']) };
  }
}

const CONFIG_ENTRIES = arrayOf(objectWith({ key: 'string' }));
const TRIGGER = objectWith({ 'request-id': 'string' });
const SAVEPOINT_STATUS = objectWith({ status: 'object' });

interface RawSavepointStatus {
  status: { id: 'IN_PROGRESS' | 'COMPLETED' };
  operation?: { location?: string; 'failure-cause'?: unknown };
}

// Flink serialises the failure as a SerializedThrowable object; its class and message are what users need.
function describeFailure(cause: unknown): string {
  if (cause && typeof cause === 'object') {
    const c = cause as { class?: unknown; 'serialized-throwable'?: unknown; 'stack-trace'?: unknown };
    if (typeof c['stack-trace'] === 'string') return (c['stack-trace'].split('\n')[0] ?? '').trim();
    if (typeof c.class === 'string') return c.class;
  }
  return cause === undefined ? 'unknown failure' : JSON.stringify(cause);
}

// Standalone TM ids contain ':' (ip:port-xxxxxx); job ids are hex. Encode every path segment.
function enc(segment: string): string {
  return encodeURIComponent(segment);
}
