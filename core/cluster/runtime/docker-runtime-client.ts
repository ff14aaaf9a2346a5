import Docker from 'dockerode';
import type { Readable } from 'node:stream';
import { DockerApiError } from '../errors/docker-api-error.js';
import { DockerUnavailableError, type DockerUnavailableReason } from '../errors/docker-unavailable-error.js';
import { describeEndpoint, type DockerEndpoint } from './docker-endpoint.js';
import { LineDemuxer, demuxLines } from './demux-docker-stream.js';
import type {
  ContainerDetails,
  ContainerSpec,
  ContainerState,
  ContainerSummary,
  ExecResult,
  LogFollow,
  NetworkSummary,
  PullProgress,
  RuntimeClient,
} from './runtime-client.js';

/** RuntimeClient over the Docker Engine API (dockerode). The endpoint is always passed in. */
export class DockerRuntimeClient implements RuntimeClient {
  readonly endpoint: string;
  private readonly docker: Docker;

  constructor(endpoint: DockerEndpoint) {
    this.endpoint = describeEndpoint(endpoint);
    this.docker = new Docker('socketPath' in endpoint ? { socketPath: endpoint.socketPath } : endpoint);
  }

  async ping(): Promise<void> {
    await this.call('ping', () => this.docker.ping());
  }

  async imageExists(ref: string): Promise<boolean> {
    try {
      await this.call('image inspect', () => this.docker.getImage(ref).inspect());
      return true;
    } catch (error) {
      if (error instanceof DockerApiError && error.statusCode === 404) return false;
      throw error;
    }
  }

  async pullImage(ref: string, onProgress?: (progress: PullProgress) => void): Promise<void> {
    const stream = (await this.call('pull', () => this.docker.pull(ref))) as Readable;
    await new Promise<void>((resolve, reject) => {
      this.docker.modem.followProgress(
        stream,
        (error: Error | null) => (error ? reject(new DockerApiError('pull', undefined, error.message, { cause: error })) : resolve()),
        (event: { status?: string; id?: string; error?: string; progressDetail?: { current?: number; total?: number } }) => {
          if (event.error) return; // also reported to the finish callback
          onProgress?.({ status: event.status ?? '', id: event.id, current: event.progressDetail?.current, total: event.progressDetail?.total });
        },
      );
    });
  }

  async createNetwork(name: string, labels: Record<string, string>): Promise<string> {
    const network = await this.call('network create', () => this.docker.createNetwork({ Name: name, Driver: 'bridge', Labels: labels, CheckDuplicate: true }));
    return network.id;
  }

  async listNetworks(labels: Record<string, string>): Promise<NetworkSummary[]> {
    const networks = await this.call('network list', () => this.docker.listNetworks({ filters: { label: labelFilter(labels) } }));
    return networks.map((n) => ({ id: n.Id, name: n.Name, labels: n.Labels ?? {} }));
  }

  async removeNetwork(id: string): Promise<void> {
    await this.ignoreNotFound('network remove', () => this.docker.getNetwork(id).remove());
  }

  async createContainer(spec: ContainerSpec): Promise<string> {
    const exposed = Object.fromEntries((spec.ports ?? []).map((p) => [`${p.containerPort}/tcp`, {}]));
    const portBindings = Object.fromEntries(
      (spec.ports ?? []).map((p) => [`${p.containerPort}/tcp`, [{ HostIp: p.hostIp, HostPort: String(p.hostPort) }]]),
    );
    const container = await this.call('container create', () =>
      this.docker.createContainer({
        name: spec.name,
        Image: spec.image,
        Cmd: spec.cmd,
        Env: Object.entries(spec.env).map(([k, v]) => `${k}=${v}`),
        Labels: spec.labels,
        Hostname: spec.hostname,
        ExposedPorts: exposed,
        HostConfig: {
          NetworkMode: spec.network,
          Binds: (spec.binds ?? []).map((b) => `${b.hostPath}:${b.containerPath}${b.readOnly ? ':ro' : ''}`),
          PortBindings: portBindings,
        },
        NetworkingConfig: { EndpointsConfig: { [spec.network]: { Aliases: spec.networkAliases ?? [] } } },
      }),
    );
    return container.id;
  }

  async startContainer(id: string): Promise<void> {
    await this.call('container start', () => this.docker.getContainer(id).start());
  }

  async listContainers(labels: Record<string, string>): Promise<ContainerSummary[]> {
    const containers = await this.call('container list', () => this.docker.listContainers({ all: true, filters: { label: labelFilter(labels) } }));
    return containers.map((c) => ({
      id: c.Id,
      name: (c.Names[0] ?? c.Id).replace(/^\//, ''),
      image: c.Image,
      state: c.State as ContainerState,
      labels: c.Labels ?? {},
      ports: (c.Ports ?? [])
        .filter((p) => p.PublicPort !== undefined)
        .map((p) => ({ containerPort: p.PrivatePort, hostIp: p.IP ?? '', hostPort: p.PublicPort })),
    }));
  }

  async inspectContainer(id: string): Promise<ContainerDetails> {
    const info = await this.call('container inspect', () => this.docker.getContainer(id).inspect());
    const ports = Object.entries(info.NetworkSettings?.Ports ?? {}).flatMap(([key, bindings]) =>
      (bindings ?? []).map((b) => ({ containerPort: Number(key.split('/')[0]), hostIp: b.HostIp, hostPort: Number(b.HostPort) })),
    );
    return {
      id: info.Id,
      name: info.Name.replace(/^\//, ''),
      image: info.Config.Image,
      state: info.State.Status as ContainerState,
      labels: info.Config.Labels ?? {},
      ports,
      env: Object.fromEntries((info.Config.Env ?? []).map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)])),
      exitCode: info.State.ExitCode,
      startedAt: info.State.StartedAt,
      finishedAt: info.State.FinishedAt,
      oomKilled: info.State.OOMKilled,
    };
  }

  async killContainer(id: string, signal: 'SIGKILL' | 'SIGTERM'): Promise<void> {
    await this.call('container kill', () => this.docker.getContainer(id).kill({ signal }));
  }

  async stopContainer(id: string, graceSeconds: number): Promise<void> {
    try {
      await this.call('container stop', () => this.docker.getContainer(id).stop({ t: graceSeconds }));
    } catch (error) {
      if (error instanceof DockerApiError && error.statusCode === 304) return; // already stopped
      throw error;
    }
  }

  async removeContainer(id: string): Promise<void> {
    await this.ignoreNotFound('container remove', () => this.docker.getContainer(id).remove({ force: true, v: true }));
  }

  async containerLogs(id: string, tail: number): Promise<string[]> {
    const buffer = await this.call('container logs', () =>
      this.docker.getContainer(id).logs({ stdout: true, stderr: true, tail, follow: false }),
    );
    return demuxLines(buffer);
  }

  async followContainerLogs(
    id: string,
    onLine: (line: string, stream: 'stdout' | 'stderr') => void,
    sinceSeconds?: number,
  ): Promise<LogFollow> {
    const stream = (await this.call('container logs', () =>
      this.docker.getContainer(id).logs({ stdout: true, stderr: true, follow: true, since: sinceSeconds ?? Math.floor(Date.now() / 1000) }),
    )) as unknown as Readable;
    const demuxer = new LineDemuxer(onLine);
    stream.on('data', (chunk: Buffer) => demuxer.push(chunk));
    const done = new Promise<void>((resolve) => {
      const finish = () => {
        demuxer.flush();
        resolve();
      };
      stream.once('end', finish);
      stream.once('close', finish);
      stream.once('error', finish); // a vanished container ends the follow; it is not an error for a tail
    });
    return { stop: () => stream.destroy(), done };
  }

  async exec(id: string, cmd: string[], options: { user?: string } = {}): Promise<ExecResult> {
    const container = this.docker.getContainer(id);
    const exec = await this.call('exec create', () =>
      container.exec({ Cmd: cmd, AttachStdout: true, AttachStderr: true, User: options.user ?? '' }),
    );
    const stream = await this.call('exec start', () => exec.start({ hijack: true, stdin: false }));
    const lines: string[] = [];
    const demuxer = new LineDemuxer((line) => lines.push(line));
    await new Promise<void>((resolve, reject) => {
      stream.on('data', (chunk: Buffer) => demuxer.push(chunk));
      stream.once('end', resolve);
      stream.once('error', reject);
    });
    demuxer.flush();
    const info = await this.call('exec inspect', () => exec.inspect());
    return { exitCode: info.ExitCode ?? -1, output: lines.join('\n') };
  }

  private async ignoreNotFound(operation: string, fn: () => Promise<unknown>): Promise<void> {
    try {
      await this.call(operation, fn);
    } catch (error) {
      if (error instanceof DockerApiError && error.statusCode === 404) return;
      throw error;
    }
  }

  /** Runs one API call and turns transport failures into DockerUnavailableError, API errors into DockerApiError. */
  private async call<T>(operation: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      throw this.translate(operation, error);
    }
  }

  private translate(operation: string, error: unknown): Error {
    const e = error as { code?: unknown; statusCode?: unknown; json?: { message?: unknown } | null; message?: unknown; reason?: unknown };
    const reason = unavailableReason(e.code);
    if (reason) {
      return new DockerUnavailableError({ reason, endpoint: this.endpoint, detail: `${String(e.code)} during ${operation}` }, { cause: error });
    }
    const status = typeof e.statusCode === 'number' ? e.statusCode : undefined;
    const message =
      (typeof e.json?.message === 'string' && e.json.message) || (typeof e.message === 'string' && e.message) || String(error);
    return new DockerApiError(operation, status, message.replace(/^\(HTTP code \d+\) [a-z ]+ - /, '').trim(), { cause: error });
  }
}

function unavailableReason(code: unknown): DockerUnavailableReason | undefined {
  switch (code) {
    case 'ENOENT':
      return 'not-found';
    case 'ECONNREFUSED':
      return 'not-running';
    case 'EACCES':
    case 'EPERM':
      return 'permission-denied';
    case 'ECONNRESET':
    case 'EHOSTUNREACH':
    case 'ETIMEDOUT':
      return 'unknown';
    default:
      return undefined;
  }
}

function labelFilter(labels: Record<string, string>): string[] {
  return Object.entries(labels).map(([k, v]) => `${k}=${v}`);
}
