import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DockerApiError } from '../errors/docker-api-error.js';
import { DockerTimeoutError } from '../errors/docker-timeout-error.js';
import { DockerUnavailableError } from '../errors/docker-unavailable-error.js';
import { DockerRuntimeClient } from './docker-runtime-client.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'flinkft-docker-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface EngineRequest {
  route: string;
  query: string;
  body: string;
}

/**
 * A stand-in Engine API on a unix socket: real HTTP over a real socket, answers scripted per route
 * (`'hang'` never answers). Records what it was sent.
 */
async function fakeEngine(
  routes: Record<string, [number, unknown] | 'hang'>,
): Promise<{ socketPath: string; requests: EngineRequest[] } & AsyncDisposable> {
  const socketPath = join(dir, 'docker.sock');
  const requests: EngineRequest[] = [];
  const server: Server = createServer((req, res) => {
    const [path = '', query = ''] = (req.url ?? '').replace(/^\/v[\d.]+/, '').split('?');
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requests.push({ route: `${req.method} ${path}`, query: decodeURIComponent(query), body: Buffer.concat(chunks).toString() });
      const answer = routes[`${req.method} ${path}`] ?? [404, { message: `no route ${req.method} ${path}` }];
      if (answer === 'hang') return;
      const [status, body] = answer;
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(typeof body === 'string' ? body : JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(socketPath, resolve));
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { socketPath, requests, [Symbol.asyncDispose]: close };
}

describe('DockerRuntimeClient error translation', () => {
  it('a missing socket means Docker is not installed or not running', async () => {
    const error = await new DockerRuntimeClient({ socketPath: join(dir, 'absent.sock') }).ping().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DockerUnavailableError);
    expect((error as DockerUnavailableError).reason).toBe('not-found');
    expect((error as DockerUnavailableError).endpoint).toBe(`unix://${join(dir, 'absent.sock')}`);
  });

  it('a socket nobody listens on means the engine is not running', async () => {
    const stale = join(dir, 'stale.sock');
    await writeFile(stale, ''); // what a crashed daemon leaves behind: a path, no listener
    const error = await new DockerRuntimeClient({ socketPath: stale }).ping().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DockerUnavailableError);
    expect((error as DockerUnavailableError).reason).toBe('not-running');
    expect((error as Error).message).toContain('Start the Docker engine');
  });

  it("turns the engine's error answers into DockerApiError with its message", async () => {
    await using engine = await fakeEngine({
      'POST /containers/abc/start': [500, { message: 'driver failed programming external connectivity: Bind for 127.0.0.1:8081 failed: port is already allocated' }],
    });
    const error = await new DockerRuntimeClient({ socketPath: engine.socketPath }).startContainer('abc').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DockerApiError);
    expect((error as DockerApiError).statusCode).toBe(500);
    expect((error as DockerApiError).engineMessage).toBe(
      'driver failed programming external connectivity: Bind for 127.0.0.1:8081 failed: port is already allocated',
    );
  });

  it('reports a 404 image as absent, and ignores 404 on remove', async () => {
    await using engine = await fakeEngine({
      'GET /images/flink:1.20-java17/json': [404, { message: 'No such image: flink:1.20-java17' }],
      'GET /images/flinkft/flink:local/json': [200, { Id: 'sha256:1' }],
    });
    const runtime = new DockerRuntimeClient({ socketPath: engine.socketPath });
    expect(await runtime.imageExists('flink:1.20-java17')).toBe(false);
    expect(await runtime.imageExists('flinkft/flink:local')).toBe(true);
    await expect(runtime.removeContainer('gone')).resolves.toBeUndefined();
  });
});

describe('DockerRuntimeClient timeouts', () => {
  it('an engine that never answers gives a DockerTimeoutError naming the call, the endpoint and the fix', async () => {
    await using engine = await fakeEngine({ 'GET /_ping': 'hang', 'POST /containers/create': 'hang' });
    const runtime = new DockerRuntimeClient({ socketPath: engine.socketPath }, { timeoutMs: 200 });
    const error = await runtime.ping().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DockerTimeoutError);
    expect((error as DockerTimeoutError).operation).toBe('ping');
    expect((error as Error).message).toBe(
      `Docker ping at unix://${engine.socketPath} got no answer within 200 ms. ` +
        'The engine may be overloaded or hung: check `docker info`, and restart the engine if that hangs too.',
    );
    const create = await runtime
      .createContainer({ name: 'x', image: 'i', cmd: [], env: {}, labels: {}, network: 'n' })
      .catch((e: unknown) => e);
    expect(create).toBeInstanceOf(DockerTimeoutError);
    expect((create as DockerTimeoutError).operation).toBe('container create');
  });

  it('an exec whose output never ends times out as well', async () => {
    await using engine = await fakeEngine({
      'POST /containers/c1/exec': [201, { Id: 'e1' }],
      'POST /exec/e1/start': 'hang',
    });
    const runtime = new DockerRuntimeClient({ socketPath: engine.socketPath }, { execTimeoutMs: 200 });
    const error = await runtime.exec('c1', ['sleep', 'infinity']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DockerTimeoutError);
    expect((error as DockerTimeoutError).operation).toBe('exec start');
  });
});

describe('DockerRuntimeClient container specs', () => {
  it("passes bind mounts as Mounts objects, so a ':' or ',' in a path cannot change their meaning", async () => {
    await using engine = await fakeEngine({ 'POST /containers/create': [201, { Id: 'c1' }] });
    const runtime = new DockerRuntimeClient({ socketPath: engine.socketPath });
    const id = await runtime.createContainer({
      name: 'x',
      image: 'i',
      cmd: [],
      env: {},
      labels: {},
      network: 'n',
      binds: [
        { hostPath: '/home/me/a:b,c=d/.flink', containerPath: '/flink-data' },
        { hostPath: '/home/me/a:b,c=d', containerPath: '/workspace', readOnly: true },
      ],
    });
    expect(id).toBe('c1');
    const hostConfig = (JSON.parse(engine.requests[0]!.body) as { HostConfig: Record<string, unknown> }).HostConfig;
    expect(hostConfig['Binds']).toBeUndefined();
    expect(hostConfig['Mounts']).toEqual([
      { Type: 'bind', Source: '/home/me/a:b,c=d/.flink', Target: '/flink-data', ReadOnly: false },
      { Type: 'bind', Source: '/home/me/a:b,c=d', Target: '/workspace', ReadOnly: true },
    ]);
  });
});

describe('DockerRuntimeClient volumes', () => {
  it('creates, lists by label and removes volumes', async () => {
    await using engine = await fakeEngine({
      'POST /volumes/create': [201, { Name: 'flinkft-a-ready' }],
      'GET /volumes': [200, { Volumes: [{ Name: 'flinkft-a-ready', Labels: { 'dev.flinkft.cluster': 'a' } }], Warnings: null }],
      'DELETE /volumes/flinkft-a-ready': [204, ''],
      'DELETE /volumes/gone': [404, { message: 'no such volume' }],
    });
    const runtime = new DockerRuntimeClient({ socketPath: engine.socketPath });
    await runtime.createVolume('flinkft-a-ready', { 'dev.flinkft.cluster': 'a' });
    expect(JSON.parse(engine.requests[0]!.body)).toEqual({ Name: 'flinkft-a-ready', Labels: { 'dev.flinkft.cluster': 'a' } });
    expect(await runtime.listVolumes({ 'dev.flinkft.cluster': 'a' })).toEqual([{ name: 'flinkft-a-ready', labels: { 'dev.flinkft.cluster': 'a' } }]);
    expect(engine.requests[1]!.query).toContain('"label":["dev.flinkft.cluster=a"]');
    await runtime.removeVolume('flinkft-a-ready');
    await expect(runtime.removeVolume('gone')).resolves.toBeUndefined();
  });
});
