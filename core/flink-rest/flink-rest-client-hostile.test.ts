// Odd and hostile answers at the REST address (issue 18): every failure is a typed FlinkRestError
// naming method, URL (credentials redacted) and what came back; bodies are capped; bodies that stall
// time out. All against real HTTP servers on 127.0.0.1.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHttpTestServer, sendJson, type HttpTestServer } from './test-support/create-http-test-server.js';
import {
  FlinkRestClient,
  HttpStatusError,
  InvalidRestUrlError,
  ResponseTooLargeError,
  RestTimeoutError,
  UnexpectedResponseError,
  ClusterUnreachableError,
  isFlinkRestError,
  redactUrl,
} from './index.js';
import { freePort } from './test-support/free-port.js';

let server: HttpTestServer;

beforeEach(async () => {
  server = await createHttpTestServer();
});
afterEach(async () => {
  await server.close();
});

// Everything a user or a log could see of an error: message, stack, and the causes' too.
function everythingPrinted(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current; depth++) {
    const e = current as { message?: unknown; stack?: unknown; cause?: unknown };
    parts.push(String(e.message), String(e.stack), JSON.stringify(current));
    current = e.cause;
  }
  return parts.join('\n');
}

describe('a REST URL with credentials', () => {
  it('sends them as Basic authorization and never puts the password into an error', async () => {
    const url = new URL(server.url);
    url.username = 'alice';
    url.password = 's3cret';
    const client = new FlinkRestClient({ baseUrl: url.toString() });
    server.on('GET /overview', (_req, res) => sendJson(res, 200, { taskmanagers: 1, 'flink-version': '1.20.1' }));
    server.on('GET /jobs/nope', (_req, res) => sendJson(res, 404, { errors: ['Job nope not found'] }));

    expect((await client.overview()).taskmanagers).toBe(1);
    expect(server.requests[0]!.headers.authorization).toBe(`Basic ${Buffer.from('alice:s3cret').toString('base64')}`);
    expect(client.baseUrl).not.toContain('s3cret');

    const error = await client.job('nope').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpStatusError);
    expect((error as Error).message).toContain(`GET http://alice:***@127.0.0.1:${url.port}/jobs/nope failed with status 404`);
    expect(everythingPrinted(error)).not.toContain('s3cret');
  });

  it('redacts them when nothing answers either', async () => {
    const port = await freePort();
    const client = new FlinkRestClient({ baseUrl: `http://bob:hunter2@127.0.0.1:${port}` });
    const error = await client.overview().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClusterUnreachableError);
    expect((error as Error).message).toContain(`GET http://bob:***@127.0.0.1:${port}/overview could not reach`);
    expect(everythingPrinted(error)).not.toContain('hunter2');
  });
});

describe('a REST URL that cannot be used', () => {
  it.each([
    ['http://127.0.0.1:99999', 'port'],
    ['ftp://127.0.0.1:8081', 'http:// or https://'],
    ['not a url', 'http://127.0.0.1:8081'],
  ])('%s is an InvalidRestUrlError that says what to use instead', (baseUrl, hint) => {
    let error: unknown;
    try {
      new FlinkRestClient({ baseUrl });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidRestUrlError);
    expect(isFlinkRestError(error)).toBe(true);
    expect((error as Error).message).toContain(hint);
  });

  it('redacts the password of an invalid URL too', () => {
    const error = (() => {
      try {
        return new FlinkRestClient({ baseUrl: 'http://carol:topsecret@127.0.0.1:99999' });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InvalidRestUrlError);
    expect(everythingPrinted(error)).not.toContain('topsecret');
    expect((error as Error).message).toContain('carol:***@');
  });
});

describe('answers that are not what Flink sends', () => {
  it('an HTML page is an UnexpectedResponseError naming the status, content type and the start of the body', async () => {
    server.on('GET /overview', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!DOCTYPE html><html><head><title>Router login</title></head><body>' + 'x'.repeat(5_000) + '</body></html>');
    });
    const client = new FlinkRestClient({ baseUrl: server.url });
    const error = await client.overview().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    const message = (error as Error).message;
    expect(message).toContain(`GET ${server.url}/overview answered 200 (text/html; charset=utf-8) with a body that is not JSON: "<!DOCTYPE html><html><head><title>Router login`);
    expect(message).toContain('Is this the REST address of a Flink JobManager');
    expect(message.length).toBeLessThan(700);
  });

  it.each([
    ['GET /taskmanagers', (c: FlinkRestClient) => c.taskManagers(), { items: [] }, '"taskmanagers" (array)'],
    ['GET /jobs/overview', (c: FlinkRestClient) => c.jobs(), { jobs: 'none' }, '"jobs" (array)'],
    ['GET /overview', (c: FlinkRestClient) => c.overview(), [1, 2, 3], '"taskmanagers" (number)'],
    ['GET /jobmanager/config', (c: FlinkRestClient) => c.jobManagerConfig(), { key: 'a' }, 'an array'],
    ['GET /jobs/j1/status', (c: FlinkRestClient) => c.jobStatus('j1'), {}, '"status" (string)'],
  ] as const)('%s with the wrong JSON shape is an UnexpectedResponseError', async (route, call, body, expected) => {
    server.on(route, (_req, res) => sendJson(res, 200, body));
    const error = await call(new FlinkRestClient({ baseUrl: server.url })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect((error as Error).message).toContain(`${route.replace(' ', ` ${server.url}`)} answered 200 (application/json) with JSON of an unexpected shape`);
    expect((error as Error).message).toContain(expected);
    expect((error as Error).message).toContain(JSON.stringify(body).slice(0, 20));
  });

  it('an empty 200 where an object was expected is an UnexpectedResponseError', async () => {
    server.on('GET /overview', (_req, res) => {
      res.writeHead(200);
      res.end();
    });
    const error = await new FlinkRestClient({ baseUrl: server.url }).overview().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect((error as Error).message).toContain('an empty body');
  });

  it('an HTML error page keeps only a short excerpt in the message', async () => {
    server.on('GET /overview', (_req, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<html><body><h1>502 Bad Gateway</h1>' + 'y'.repeat(100_000) + '</body></html>');
    });
    const error = await new FlinkRestClient({ baseUrl: server.url }).overview().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpStatusError);
    expect((error as Error).message).toContain('failed with status 502 Bad Gateway: <html><body><h1>502 Bad Gateway</h1>');
    expect((error as Error).message.length).toBeLessThan(700);
  });
});

describe('bodies that stall or never end', () => {
  it('a body that stops half-way times out with a RestTimeoutError saying the body stalled', async () => {
    server.on('GET /overview', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"taskmanagers": 1, ');
      /* and never ends */
    });
    const error = await new FlinkRestClient({ baseUrl: server.url }).overview({ timeoutMs: 300 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RestTimeoutError);
    expect((error as Error).message).toBe(`GET ${server.url}/overview answered 200 but its body did not finish within 300 ms`);
  });

  it('a plain-text body that stalls times out too', async () => {
    server.on('GET /taskmanagers/tm-1/stdout', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('hello\n');
    });
    const error = await new FlinkRestClient({ baseUrl: server.url }).taskManagerStdout('tm-1', { timeoutMs: 300 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RestTimeoutError);
  });

  it('an endless body stops at the size cap with a ResponseTooLargeError', async () => {
    let served = 0;
    server.on('GET /overview', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = (): void => {
        while (!res.destroyed && res.write(chunk)) served += chunk.length;
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
    });
    const client = new FlinkRestClient({ baseUrl: server.url, maxBodyBytes: 1024 * 1024 });
    const error = await client.overview().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect((error as Error).message).toBe(`GET ${server.url}/overview answered 200 with a body over 1 MiB; stopped reading. Is this the REST address of a Flink JobManager?`);
    // The client stopped reading: the server could not push much more than the cap (plus socket buffers).
    expect(served).toBeLessThan(64 * 1024 * 1024);
  });

  it('an error body is capped as well', async () => {
    server.on('GET /overview', (_req, res) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(64 * 1024, 0x41);
      const pump = (): void => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
    });
    const client = new FlinkRestClient({ baseUrl: server.url, maxBodyBytes: 256 * 1024 });
    const error = await client.overview().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect((error as Error).message).toContain('answered 500 with a body over 256 KiB');
  });
});

describe('ports fetch refuses', () => {
  it('a "bad port" of the Fetch standard is an InvalidRestUrlError, not "no cluster"', async () => {
    const error = await new FlinkRestClient({ baseUrl: 'http://127.0.0.1:6000' }).overview().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidRestUrlError);
    expect((error as Error).message).toContain("Invalid Flink REST URL 'http://127.0.0.1:6000/overview': fetch refuses this port");
  });
});

describe('redactUrl', () => {
  it.each([
    ['http://u:p@h:1/x', 'http://u:***@h:1/x'],
    ['see https://bob:a%40b@flink:8081 and http://x:y@z', 'see https://bob:***@flink:8081 and http://x:***@z'],
    ['http://only-user@h', 'http://only-user@h'],
    ['http://h:8081/path', 'http://h:8081/path'],
  ])('%s → %s', (text, redacted) => {
    expect(redactUrl(text)).toBe(redacted);
  });
});
