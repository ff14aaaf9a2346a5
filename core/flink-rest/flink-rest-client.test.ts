import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHttpTestServer, sendJson, type HttpTestServer } from './test-support/create-http-test-server.js';
import { freePort } from './test-support/free-port.js';
import {
  ClusterUnreachableError,
  FlinkRestClient,
  HttpStatusError,
  RestTimeoutError,
  isClusterUnreachableError,
  isFlinkRestError,
  isHttpStatusError,
  isRestTimeoutError,
} from './index.js';

let server: HttpTestServer;
let client: FlinkRestClient;

beforeEach(async () => {
  server = await createHttpTestServer();
  client = new FlinkRestClient({ baseUrl: server.url + '/' });
});
afterEach(async () => {
  await server.close();
});

describe('reading endpoints', () => {
  it('returns /overview as sent', async () => {
    const overview = { taskmanagers: 2, 'slots-total': 4, 'slots-available': 3, 'jobs-running': 1, 'jobs-finished': 0, 'jobs-cancelled': 0, 'jobs-failed': 0, 'flink-version': '1.20.5', 'flink-commit': 'abc' };
    server.on('GET /overview', (_req, res) => sendJson(res, 200, overview));
    expect(await client.overview()).toEqual(overview);
  });

  it('unwraps the task manager list and URL-encodes standalone ids that contain ":"', async () => {
    server.on('GET /taskmanagers', (_req, res) => sendJson(res, 200, { taskmanagers: [{ id: 'tm-1', slotsNumber: 2 }] }));
    server.on('GET /taskmanagers/172.18.0.4%3A36145-3fa2c1', (_req, res) => sendJson(res, 200, { id: '172.18.0.4:36145-3fa2c1', allocatedSlots: [] }));
    expect(await client.taskManagers()).toEqual([{ id: 'tm-1', slotsNumber: 2 }]);
    expect((await client.taskManager('172.18.0.4:36145-3fa2c1')).id).toBe('172.18.0.4:36145-3fa2c1');
  });

  it('turns /jobmanager/config into a key-value record', async () => {
    server.on('GET /jobmanager/config', (_req, res) => sendJson(res, 200, [{ key: 'heartbeat.interval', value: '1000' }, { key: 'a', value: 'b' }]));
    expect(await client.jobManagerConfig()).toEqual({ 'heartbeat.interval': '1000', a: 'b' });
  });

  it('reads a TaskManager stdout file as text', async () => {
    server.on('GET /taskmanagers/tm-1/stdout', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('hello\nworld\n');
    });
    expect(await client.taskManagerStdout('tm-1')).toBe('hello\nworld\n');
  });

  it('asks /jobs/overview for the job list and passes maxExceptions', async () => {
    server.on('GET /jobs/overview', (_req, res) => sendJson(res, 200, { jobs: [{ jid: 'j1', state: 'RUNNING' }] }));
    server.on('GET /jobs/j1/exceptions?maxExceptions=3', (_req, res) => sendJson(res, 200, { exceptionHistory: { entries: [], truncated: false } }));
    expect(await client.jobs()).toEqual([{ jid: 'j1', state: 'RUNNING' }]);
    expect(await client.jobExceptions('j1', 3)).toEqual({ exceptionHistory: { entries: [], truncated: false } });
  });
});

describe('writing endpoints', () => {
  it('uploads a jar as multipart field "jarfile" with the Java archive content type', async () => {
    server.on('POST /jars/upload', (_req, res) => sendJson(res, 200, { filename: '/tmp/flink-web/upload/1a2b_job.jar', status: 'success' }));
    const uploaded = await client.uploadJar({ fileName: 'job.jar', bytes: new Uint8Array([0x50, 0x4b, 3, 4]) });
    expect(uploaded).toEqual({ id: '1a2b_job.jar', filename: '/tmp/flink-web/upload/1a2b_job.jar' });
    const req = server.requests[0]!;
    expect(req.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    const body = req.body.toString('latin1');
    expect(body).toContain('Content-Disposition: form-data; name="jarfile"; filename="job.jar"');
    expect(body).toContain('Content-Type: application/x-java-archive');
    expect(body).toContain('PK\u0003\u0004');
  });

  it('runs a jar with a JSON body and returns the job id', async () => {
    server.on('POST /jars/1a2b_job.jar/run', (_req, res) => sendJson(res, 200, { jobid: 'f00d' }));
    const jobId = await client.runJar('1a2b_job.jar', { entryClass: 'com.example.Job', programArgsList: ['--x', '1'], parallelism: 2 });
    expect(jobId).toBe('f00d');
    const req = server.requests[0]!;
    expect(req.headers['content-type']).toBe('application/json');
    expect(JSON.parse(req.body.toString())).toEqual({ entryClass: 'com.example.Job', programArgsList: ['--x', '1'], parallelism: 2 });
  });

  it('cancels with PATCH ?mode=cancel and accepts the empty 202 answer', async () => {
    server.on('PATCH /jobs/j1?mode=cancel', (_req, res) => {
      res.writeHead(202);
      res.end();
    });
    await expect(client.cancelJob('j1')).resolves.toBeUndefined();
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual(['PATCH /jobs/j1?mode=cancel']);
  });

  it('triggers a savepoint with Flink\'s hyphenated keys and reads its three states', async () => {
    server.on('POST /jobs/j1/savepoints', (_req, res) => sendJson(res, 202, { 'request-id': 't1' }));
    expect(await client.triggerSavepoint('j1', { targetDirectory: 'file:///sp', cancelJob: true })).toBe('t1');
    expect(JSON.parse(server.requests[0]!.body.toString())).toEqual({ 'target-directory': 'file:///sp', 'cancel-job': true });

    let answer: unknown = { status: { id: 'IN_PROGRESS' } };
    server.on('GET /jobs/j1/savepoints/t1', (_req, res) => sendJson(res, 200, answer));
    expect(await client.savepointStatus('j1', 't1')).toEqual({ state: 'IN_PROGRESS' });
    answer = { status: { id: 'COMPLETED' }, operation: { location: 'file:/sp/savepoint-1' } };
    expect(await client.savepointStatus('j1', 't1')).toEqual({ state: 'COMPLETED', location: 'file:/sp/savepoint-1' });
    answer = { status: { id: 'COMPLETED' }, operation: { 'failure-cause': { class: 'x.Y', 'stack-trace': 'x.Y: disk full\n\tat z' } } };
    expect(await client.savepointStatus('j1', 't1')).toEqual({ state: 'FAILED', failureCause: 'x.Y: disk full' });
  });

  it('stops with a savepoint using the camelCase body of /stop', async () => {
    server.on('POST /jobs/j1/stop', (_req, res) => sendJson(res, 202, { 'request-id': 't2' }));
    expect(await client.stopWithSavepoint('j1', { targetDirectory: 'file:///sp', drain: false })).toBe('t2');
    expect(JSON.parse(server.requests[0]!.body.toString())).toEqual({ targetDirectory: 'file:///sp', drain: false });
  });
});

describe('errors', () => {
  it('names method, URL, status and the first line of each server error', async () => {
    server.on('GET /jobs/nope', (_req, res) =>
      sendJson(res, 404, { errors: ['Job nope not found', '<Exception on server side:\norg.apache...\n\tat x>'] }),
    );
    const error = await client.job('nope').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpStatusError);
    expect((error as HttpStatusError).message).toBe(
      `GET ${server.url}/jobs/nope failed with status 404 Not Found: Job nope not found | <Exception on server side:`,
    );
    expect((error as HttpStatusError).status).toBe(404);
    expect((error as HttpStatusError).serverErrors).toHaveLength(2);
    expect(isHttpStatusError(error)).toBe(true);
    expect(isFlinkRestError(error)).toBe(true);
    expect(isRestTimeoutError(error)).toBe(false);
  });

  it('keeps a non-JSON error body verbatim', async () => {
    server.on('GET /taskmanagers/tm-1/stdout', (_req, res) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('The file STDOUT does not exist on the TaskExecutor.');
    });
    const error = (await client.taskManagerStdout('tm-1').catch((e: unknown) => e)) as HttpStatusError;
    expect(error.serverErrors).toEqual(['The file STDOUT does not exist on the TaskExecutor.']);
    expect(error.message).toContain('status 500 Internal Server Error: The file STDOUT does not exist on the TaskExecutor.');
  });

  it('gives up after the timeout with RestTimeoutError', async () => {
    server.on('GET /overview', () => {
      /* never answers */
    });
    const error = await client.overview({ timeoutMs: 150 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RestTimeoutError);
    expect((error as RestTimeoutError).message).toBe(`GET ${server.url}/overview got no answer within 150 ms`);
  });

  it('rethrows the caller\'s abort reason instead of a timeout', async () => {
    server.on('GET /overview', () => {
      /* never answers */
    });
    const controller = new AbortController();
    const pending = client.overview({ signal: controller.signal });
    const reason = new Error('drill cancelled');
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });

  it('reports a closed port as ClusterUnreachableError telling how to start the cluster', async () => {
    const port = await freePort();
    const offline = new FlinkRestClient({ baseUrl: `http://127.0.0.1:${port}` });
    const error = await offline.overview().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClusterUnreachableError);
    expect((error as Error).message).toBe(
      `GET http://127.0.0.1:${port}/overview could not reach the Flink cluster (ECONNREFUSED). ` +
        "Is the cluster running? Start it with 'Flink: Start Local Cluster' or `flink-ft cluster up`",
    );
  });

  it("guards recognise errors from another bundle by name, the family by its brand", () => {
    const foreign = Object.assign(new Error('x'), { name: 'ClusterUnreachableError', errorFamily: 'flink-rest' });
    expect(isClusterUnreachableError(foreign)).toBe(true);
    expect(isFlinkRestError(foreign)).toBe(true);
    expect(isHttpStatusError(foreign)).toBe(false);
    expect(isFlinkRestError(new Error('plain'))).toBe(false);
    expect(isFlinkRestError(Object.assign(new Error('x'), { errorFamily: 'cluster' }))).toBe(false);
  });
});
