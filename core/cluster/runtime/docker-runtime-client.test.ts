import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DockerApiError } from '../errors/docker-api-error.js';
import { DockerUnavailableError } from '../errors/docker-unavailable-error.js';
import { DockerRuntimeClient } from './docker-runtime-client.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'flinkft-docker-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A stand-in Engine API on a unix socket: real HTTP over a real socket, answers scripted per route. */
async function fakeEngine(routes: Record<string, [number, unknown]>): Promise<{ socketPath: string } & AsyncDisposable> {
  const socketPath = join(dir, 'docker.sock');
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '').replace(/^\/v[\d.]+/, '').split('?')[0];
    const [status, body] = routes[`${req.method} ${path}`] ?? [404, { message: `no route ${req.method} ${path}` }];
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(typeof body === 'string' ? body : JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(socketPath, resolve));
  return { socketPath, [Symbol.asyncDispose]: () => new Promise<void>((resolve) => server.close(() => resolve())) };
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
