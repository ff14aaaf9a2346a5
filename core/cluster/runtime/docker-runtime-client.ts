import Docker from 'dockerode';
import type { Readable } from 'node:stream';
import { DockerApiError } from '../errors/docker-api-error.js';
import { DockerTimeoutError } from '../errors/docker-timeout-error.js';
import { DockerUnavailableError, type DockerUnavailableReason } from '../errors/docker-unavailable-error.js';
import { describeEndpoint, type DockerEndpoint } from './docker-endpoint.js';
import { LineDemuxer, demuxLines } from './demux-docker-stream.js';
import type {
  ContainerDetails,
  ContainerResources,
  ContainerSpec,
  ContainerState,
  ContainerSummary,
  ExecOptions,
  ExecResult,
  LogFollow,
  NetworkSummary,
  PullProgress,
  RuntimeClient,
  VolumeSummary,
} from './runtime-client.js';

export interface DockerRuntimeOptions {
  /** Longest wait for one API call's answer (default 60 s). Streams that follow output are bounded only at their start. */
  timeoutMs?: number;
  /** Longest run of one exec, output included (default 10 min: a PyFlink `flink run` can take minutes). */
  execTimeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_EXEC_TIMEOUT_MS = 600_000;

type Call<T> = (signal: AbortSignal) => Promise<T>;

/** RuntimeClient over the Docker Engine API (dockerode). The endpoint is always passed in. */
export class DockerRuntimeClient implements RuntimeClient {
  readonly endpoint: string;
  private readonly docker: Docker;
  private readonly timeoutMs: number;
  private readonly execTimeoutMs: number;

  constructor(endpoint: DockerEndpoint, options: DockerRuntimeOptions = {}) {
    this.endpoint = describeEndpoint(endpoint);
    this.docker = new Docker('socketPath' in endpoint ? { socketPath: endpoint.socketPath } : endpoint);
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.execTimeoutMs = options.execTimeoutMs ?? DEFAULT_EXEC_TIMEOUT_MS;
  }

  async ping(): Promise<void> {
    await this.call('ping', (abortSignal) => this.get('/_ping', abortSignal));
  }

  async imageExists(ref: string): Promise<boolean> {
    try {
      await this.call('image inspect', (abortSignal) => this.get(`/images/${ref}/json`, abortSignal));
      return true;
    } catch (error) {
      if (error instanceof DockerApiError && error.statusCode === 404) return false;
      throw error;
    }
  }

  async pullImage(ref: string, onProgress?: (progress: PullProgress) => void): Promise<void> {
    const stream = (await this.call('pull', (abortSignal) => this.docker.pull(ref, { abortSignal }))) as Readable;
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
    const network = await this.call('network create', (abortSignal) =>
      this.docker.createNetwork({ Name: name, Driver: 'bridge', Labels: labels, CheckDuplicate: true, abortSignal }),
    );
    return network.id;
  }

  async listNetworks(labels: Record<string, string>): Promise<NetworkSummary[]> {
    const networks = await this.call('network list', (abortSignal) => this.docker.listNetworks({ filters: { label: labelFilter(labels) }, abortSignal }));
    return networks.map((n) => ({ id: n.Id, name: n.Name, labels: n.Labels ?? {} }));
  }

  async removeNetwork(id: string): Promise<void> {
    await this.ignoreNotFound('network remove', (abortSignal) => this.docker.getNetwork(id).remove({ abortSignal }));
  }

  async createContainer(spec: ContainerSpec): Promise<string> {
    const exposed = Object.fromEntries((spec.ports ?? []).map((p) => [`${p.containerPort}/tcp`, {}]));
    const portBindings = Object.fromEntries(
      (spec.ports ?? []).map((p) => [`${p.containerPort}/tcp`, [{ HostIp: p.hostIp, HostPort: String(p.hostPort) }]]),
    );
    const container = await this.call('container create', (abortSignal) =>
      this.docker.createContainer({
        abortSignal,
        name: spec.name,
        Image: spec.image,
        Cmd: spec.cmd,
        Env: Object.entries(spec.env).map(([k, v]) => `${k}=${v}`),
        Labels: spec.labels,
        Hostname: spec.hostname,
        ExposedPorts: exposed,
        HostConfig: {
          NetworkMode: spec.networkOf ? `container:${spec.networkOf}` : spec.network,
          ...(spec.capAdd && { CapAdd: spec.capAdd }),
          ...(spec.resources?.memoryBytes && { Memory: spec.resources.memoryBytes, MemorySwap: spec.resources.memoryBytes }),
          ...(spec.resources?.cpus && { NanoCpus: Math.round(spec.resources.cpus * 1e9) }),
          // Mounts objects, not `host:container:ro` Binds strings, which a ':' in the project path would break.
          Mounts: (spec.binds ?? []).map((b) => ({ Type: 'bind' as const, Source: b.hostPath, Target: b.containerPath, ReadOnly: b.readOnly === true })),
          PortBindings: portBindings,
        },
        // A container in another's namespace has no endpoint of its own.
        ...(!spec.networkOf && { NetworkingConfig: { EndpointsConfig: { [spec.network]: { Aliases: spec.networkAliases ?? [] } } } }),
      }),
    );
    return container.id;
  }

  async startContainer(id: string): Promise<void> {
    await this.call('container start', (abortSignal) => this.docker.getContainer(id).start({ abortSignal }));
  }

  async listContainers(labels: Record<string, string>): Promise<ContainerSummary[]> {
    const containers = await this.call('container list', (abortSignal) =>
      this.docker.listContainers({ all: true, filters: { label: labelFilter(labels) }, abortSignal }),
    );
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
    const info = await this.call('container inspect', (abortSignal) => this.docker.getContainer(id).inspect({ abortSignal }));
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
      ...resourcesOf(info.HostConfig),
      startedAt: info.State.StartedAt,
      finishedAt: info.State.FinishedAt,
      oomKilled: info.State.OOMKilled,
    };
  }

  async killContainer(id: string, signal: 'SIGKILL' | 'SIGTERM'): Promise<void> {
    await this.call('container kill', (abortSignal) => this.docker.getContainer(id).kill({ signal, abortSignal }));
  }

  async stopContainer(id: string, graceSeconds: number): Promise<void> {
    try {
      // Docker itself waits up to the grace period before it answers.
      await this.call('container stop', (abortSignal) => this.docker.getContainer(id).stop({ t: graceSeconds, abortSignal }), this.timeoutMs + graceSeconds * 1000);
    } catch (error) {
      if (error instanceof DockerApiError && error.statusCode === 304) return; // already stopped
      throw error;
    }
  }

  async removeContainer(id: string): Promise<void> {
    await this.ignoreNotFound('container remove', (abortSignal) => this.docker.getContainer(id).remove({ force: true, v: true, abortSignal }));
  }

  async pauseContainer(id: string): Promise<void> {
    await this.call('container pause', (abortSignal) => this.docker.getContainer(id).pause({ abortSignal }));
  }

  async unpauseContainer(id: string): Promise<void> {
    try {
      await this.call('container unpause', (abortSignal) => this.docker.getContainer(id).unpause({ abortSignal }));
    } catch (error) {
      // 409 "Container … is not paused": already undone.
      if (error instanceof DockerApiError && (error.statusCode === 409 || error.statusCode === 404)) return;
      throw error;
    }
  }

  async disconnectNetwork(network: string, containerId: string): Promise<void> {
    try {
      await this.call('network disconnect', (abortSignal) => this.docker.getNetwork(network).disconnect({ Container: containerId, Force: true, abortSignal }));
    } catch (error) {
      // 403/404/409 on a container that is not attached, or gone.
      if (error instanceof DockerApiError && [403, 404, 409].includes(error.statusCode ?? 0)) return;
      throw error;
    }
  }

  async connectNetwork(network: string, containerId: string, aliases: string[] = []): Promise<void> {
    try {
      await this.call('network connect', (abortSignal) =>
        // dockerode reads abortSignal from the options, though its types do not list it there.
        this.docker.getNetwork(network).connect({ Container: containerId, EndpointConfig: { Aliases: aliases }, abortSignal } as Docker.NetworkConnectOptions),
      );
    } catch (error) {
      // 403 "endpoint with name … already exists in network": attached already.
      if (error instanceof DockerApiError && error.statusCode === 403 && /already exists/.test(error.message)) return;
      throw error;
    }
  }

  async updateContainerResources(id: string, resources: ContainerResources): Promise<void> {
    await this.call('container update', (abortSignal) =>
      this.docker.getContainer(id).update({
        abortSignal,
        ...(resources.memoryBytes && { Memory: resources.memoryBytes, MemorySwap: resources.memoryBytes }),
        ...(resources.cpus && { NanoCpus: Math.round(resources.cpus * 1e9) }),
      }),
    );
  }

  async containerMemoryUsage(id: string): Promise<number> {
    const stats = (await this.call('container stats', (abortSignal) => this.docker.getContainer(id).stats({ stream: false, 'one-shot': true, abortSignal } as { stream: false }))) as { memory_stats?: { usage?: number } };
    return stats.memory_stats?.usage ?? 0;
  }

  async containerNetworks(id: string): Promise<string[]> {
    const info = await this.call('container inspect', (abortSignal) => this.docker.getContainer(id).inspect({ abortSignal }));
    return Object.keys(info.NetworkSettings?.Networks ?? {});
  }

  async containerLogs(id: string, tail: number): Promise<string[]> {
    const buffer = await this.call('container logs', (abortSignal) =>
      this.docker.getContainer(id).logs({ stdout: true, stderr: true, tail, follow: false, abortSignal }),
    );
    return demuxLines(buffer);
  }

  async followContainerLogs(
    id: string,
    onLine: (line: string, stream: 'stdout' | 'stderr') => void,
    sinceSeconds?: number,
  ): Promise<LogFollow> {
    // The timeout bounds the start of the follow only; the stream then lives until stop() or the container's end.
    const stream = (await this.call('container logs', (abortSignal) =>
      this.docker
        .getContainer(id)
        .logs({ stdout: true, stderr: true, follow: true, since: sinceSeconds ?? Math.floor(Date.now() / 1000), abortSignal }),
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

  async exec(id: string, cmd: string[], options: ExecOptions = {}): Promise<ExecResult> {
    const container = this.docker.getContainer(id);
    const withStdin = options.stdin !== undefined;
    const exec = await this.call('exec create', (abortSignal) =>
      container.exec({ Cmd: cmd, AttachStdout: true, AttachStderr: true, AttachStdin: withStdin, User: options.user ?? '', abortSignal }),
    );
    const lines: string[] = [];
    const demuxer = new LineDemuxer((line, stream) => {
      lines.push(line);
      options.onLine?.(line, stream);
    });
    // One bound for the start and the whole output: a command that never ends must not hang the caller.
    await this.call(
      'exec start',
      async (abortSignal) => {
        const stream = await exec.start({ hijack: true, stdin: withStdin, abortSignal });
        abortSignal.addEventListener('abort', () => stream.destroy(), { once: true });
        await new Promise<void>((resolve, reject) => {
          stream.on('data', (chunk: Buffer) => demuxer.push(chunk));
          stream.once('end', resolve);
          stream.once('error', reject);
          // Half-close after the input: the engine then closes the command's stdin (EOF).
          if (withStdin) stream.end(options.stdin);
        });
      },
      options.timeoutMs ?? this.execTimeoutMs,
    );
    demuxer.flush();
    const info = await this.call('exec inspect', (abortSignal) => exec.inspect({ abortSignal }));
    return { exitCode: info.ExitCode ?? -1, output: lines.join('\n') };
  }

  async createVolume(name: string, labels: Record<string, string>): Promise<void> {
    await this.call('volume create', (abortSignal) => this.docker.createVolume({ Name: name, Labels: labels, abortSignal }));
  }

  async listVolumes(labels: Record<string, string>): Promise<VolumeSummary[]> {
    const answer = await this.call('volume list', (abortSignal) => this.docker.listVolumes({ filters: { label: labelFilter(labels) }, abortSignal }));
    return (answer.Volumes ?? []).map((v) => ({ name: v.Name, labels: v.Labels ?? {} }));
  }

  async removeVolume(name: string): Promise<void> {
    await this.ignoreNotFound('volume remove', (abortSignal) => this.docker.getVolume(name).remove({ abortSignal }));
  }

  // ping and image inspect through the modem: dockerode's own methods take no abort signal there,
  // and a request left open would keep the CLI process alive after the timeout.
  private get(path: string, abortSignal: AbortSignal): Promise<unknown> {
    return new Promise((resolve, reject) =>
      this.docker.modem.dial({ path, method: 'GET', abortSignal, statusCodes: { 200: true, 404: 'not found', 500: 'server error' } }, (error, data) =>
        error ? reject(error) : resolve(data),
      ),
    );
  }

  private async ignoreNotFound(operation: string, fn: Call<unknown>): Promise<void> {
    try {
      await this.call(operation, fn);
    } catch (error) {
      if (error instanceof DockerApiError && error.statusCode === 404) return;
      throw error;
    }
  }

  /**
   * Runs one API call under a timeout and turns failures into our errors: no answer in time
   * DockerTimeoutError, transport failures DockerUnavailableError, API errors DockerApiError. The
   * timer ends with the call, so a stream the call returned is not cut later. Racing the timer also
   * bounds the few dockerode calls that ignore `abortSignal` (image inspect).
   */
  private async call<T>(operation: string, fn: Call<T>, timeoutMs = this.timeoutMs): Promise<T> {
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(new DockerTimeoutError({ operation, endpoint: this.endpoint, timeoutMs }));
        controller.abort();
      }, timeoutMs);
    });
    try {
      return await Promise.race([fn(controller.signal), timedOut]);
    } catch (error) {
      if (error instanceof DockerTimeoutError) throw error;
      throw this.translate(operation, error);
    } finally {
      clearTimeout(timer);
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

function resourcesOf(host: { Memory?: number; NanoCpus?: number } | undefined): { resources?: ContainerResources } {
  const memoryBytes = host?.Memory || undefined;
  const cpus = host?.NanoCpus ? host.NanoCpus / 1e9 : undefined;
  return memoryBytes || cpus ? { resources: { ...(memoryBytes && { memoryBytes }), ...(cpus && { cpus }) } } : {};
}

function labelFilter(labels: Record<string, string>): string[] {
  return Object.entries(labels).map(([k, v]) => `${k}=${v}`);
}
