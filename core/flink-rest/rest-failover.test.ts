import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHttpTestServer, sendJson, type HttpTestServer } from './test-support/create-http-test-server.js';
import { freePort } from './test-support/free-port.js';
import { FlinkRestClient, isClusterUnreachableError, isHttpStatusError } from './index.js';

// An HA cluster's JobManagers each publish a REST port; when the one asked is killed, the client
// asks the others (any JobManager's REST serves the leader's view) and keeps the one that answered.
let standby: HttpTestServer;
let deadUrl: string;

beforeEach(async () => {
  standby = await createHttpTestServer();
  deadUrl = `http://127.0.0.1:${await freePort()}`;
});
afterEach(async () => {
  await standby.close();
});

describe('REST failover to another JobManager', () => {
  it('asks the next endpoint when the first refuses the connection, and keeps asking the one that answered', async () => {
    let calls = 0;
    standby.on('GET /jobs/overview', (_req, res) => {
      calls++;
      sendJson(res, 200, { jobs: [] });
    });
    const client = new FlinkRestClient({ baseUrl: deadUrl, alternateBaseUrls: [standby.url] });
    expect(await client.jobs()).toEqual([]);
    expect(await client.jobs()).toEqual([]);
    expect(calls).toBe(2);
  });

  it('does not fail over on an HTTP error: the standby answered (e.g. 500 while the leader is gone)', async () => {
    const first = await createHttpTestServer();
    let asked = false;
    first.on('GET /jobs/overview', (_req, res) => sendJson(res, 500, { errors: ['leader gone'] }));
    standby.on('GET /jobs/overview', (_req, res) => {
      asked = true;
      sendJson(res, 200, { jobs: [] });
    });
    const client = new FlinkRestClient({ baseUrl: first.url, alternateBaseUrls: [standby.url] });
    await expect(client.jobs()).rejects.toSatisfy(isHttpStatusError);
    expect(asked).toBe(false);
    await first.close();
  });

  it('fails with the unreachable error when no endpoint answers; without alternates nothing else is asked', async () => {
    const other = `http://127.0.0.1:${await freePort()}`;
    await expect(new FlinkRestClient({ baseUrl: deadUrl, alternateBaseUrls: [other] }).jobs()).rejects.toSatisfy(isClusterUnreachableError);
    await expect(new FlinkRestClient({ baseUrl: deadUrl }).jobs()).rejects.toSatisfy(isClusterUnreachableError);
  });
});
