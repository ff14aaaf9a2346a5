// A REST target that answers wrongly is reported as what it is, not as "no running cluster"
// (issue 18): only "nothing answers" means that no cluster runs.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HttpStatusError, InvalidRestUrlError, RestTimeoutError, UnexpectedResponseError } from '../../flink-rest/index.js';
import { createHttpTestServer, sendJson, type HttpTestServer } from '../../flink-rest/test-support/create-http-test-server.js';
import { freePort } from '../../flink-rest/test-support/free-port.js';
import { ClusterNotRunningError } from '../errors/cluster-not-running-error.js';
import { resolveJobTarget } from './job-target.js';

let server: HttpTestServer;
beforeEach(async () => {
  server = await createHttpTestServer();
});
afterEach(async () => {
  await server.close();
});

describe('resolveJobTarget by REST URL', () => {
  it('returns the target when /overview answers like Flink', async () => {
    server.on('GET /overview', (_req, res) => sendJson(res, 200, { taskmanagers: 2, 'flink-version': '1.20.1' }));
    const target = await resolveJobTarget({ restUrl: server.url });
    expect(target.rest.baseUrl).toBe(server.url);
  });

  it('closed port: ClusterNotRunningError naming the URL and the reason', async () => {
    const port = await freePort();
    const error = await resolveJobTarget({ restUrl: `http://u:pw123@127.0.0.1:${port}` }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClusterNotRunningError);
    expect((error as Error).message).toContain(`No running Flink cluster at http://u:***@127.0.0.1:${port} (ECONNREFUSED)`);
    expect((error as Error).message).not.toContain('pw123');
  });

  it('HTTP 500: the HttpStatusError with what the server said, not "no running cluster"', async () => {
    server.on('GET /overview', (_req, res) => sendJson(res, 500, { errors: ['Internal server error.'] }));
    const error = await resolveJobTarget({ restUrl: server.url }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpStatusError);
    expect((error as Error).message).toBe(`GET ${server.url}/overview failed with status 500 Internal Server Error: Internal server error.`);
  });

  it('no answer: a RestTimeoutError, not "no running cluster"', async () => {
    server.on('GET /overview', () => {
      /* hangs */
    });
    const error = await resolveJobTarget({ restUrl: server.url, timeoutMs: 200 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RestTimeoutError);
  });

  it('another service on the port: an UnexpectedResponseError', async () => {
    server.on('GET /overview', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>Grafana</html>');
    });
    const error = await resolveJobTarget({ restUrl: server.url }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
  });

  it('port 99999: an InvalidRestUrlError', async () => {
    await expect(resolveJobTarget({ restUrl: 'http://127.0.0.1:99999' })).rejects.toBeInstanceOf(InvalidRestUrlError);
  });
});
