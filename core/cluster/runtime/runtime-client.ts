// The Docker operations the cluster needs, behind an interface so that wait strategies and the
// cluster logic can be tested against fakes and another engine (Podman's API) could slot in.

/** A host folder mounted into a container (passed to Docker as a `Mounts` object, never a `Binds` string). */
export interface BindMount {
  hostPath: string;
  containerPath: string;
  readOnly?: boolean;
}

export interface PortBinding {
  containerPort: number;
  hostIp: string;
  hostPort: number;
}

export interface ContainerSpec {
  name: string;
  image: string;
  cmd: string[];
  env: Record<string, string>;
  labels: Record<string, string>;
  hostname?: string;
  network: string;
  networkAliases?: string[];
  binds?: BindMount[];
  ports?: PortBinding[];
  /** Per-container limits (a TaskManager with less memory or CPU than the host). */
  resources?: ContainerResources;
  /** Linux capabilities on top of Docker's defaults (NET_ADMIN for the netem helper only). */
  capAdd?: string[];
  /** Join another container's network namespace (`container:<id>`) instead of `network`. */
  networkOf?: string;
}

export interface ContainerResources {
  /** Hard memory limit in bytes; the kernel OOM-kills the container above it. */
  memoryBytes?: number;
  /** CPUs as a fraction (1.5 = one and a half cores). */
  cpus?: number;
}

export type ContainerState = 'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead';

export interface ContainerSummary {
  id: string;
  name: string;
  image: string;
  state: ContainerState;
  labels: Record<string, string>;
  /** Published ports (host side) of a running container. */
  ports: { containerPort: number; hostIp: string; hostPort: number }[];
}

export interface ContainerDetails extends ContainerSummary {
  /** The container's environment (KEY=VALUE parsed), e.g. FLINK_PROPERTIES when adopting a cluster. */
  env: Record<string, string>;
  exitCode: number;
  /** The container's limits, when it has any. */
  resources?: ContainerResources;
  startedAt?: string;
  finishedAt?: string;
  oomKilled: boolean;
}

/** A Docker volume; the cluster uses an empty labelled one as its "start-up finished" marker. */
export interface VolumeSummary {
  name: string;
  labels: Record<string, string>;
}

export interface NetworkSummary {
  id: string;
  name: string;
  labels: Record<string, string>;
}

export interface ExecResult {
  exitCode: number;
  output: string;
}

export interface ExecOptions {
  user?: string;
  /** Bounds the whole run (default: the client's exec timeout). */
  timeoutMs?: number;
  /** Written to the command's stdin, which is then closed (a console producer's records). */
  stdin?: string;
  /** Each output line as it arrives (a console consumer that follows a topic); `output` still collects all. */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
}

export interface PullProgress {
  status: string;
  id?: string;
  current?: number;
  total?: number;
}

/** A stream of a container's output lines; stop() ends it. */
export interface LogFollow {
  stop(): void;
  /** Resolves when the stream ends (container gone or stop() called). */
  done: Promise<void>;
}

/** Every call has a timeout; one that passes throws DockerTimeoutError (never a hang). */
export interface RuntimeClient {
  /** Human-readable endpoint, e.g. unix:///var/run/docker.sock, for messages. */
  readonly endpoint: string;
  /** Throws DockerUnavailableError when the engine cannot be used. */
  ping(): Promise<void>;

  imageExists(ref: string): Promise<boolean>;
  pullImage(ref: string, onProgress?: (progress: PullProgress) => void): Promise<void>;

  createNetwork(name: string, labels: Record<string, string>): Promise<string>;
  listNetworks(labels: Record<string, string>): Promise<NetworkSummary[]>;
  removeNetwork(id: string): Promise<void>;

  createVolume(name: string, labels: Record<string, string>): Promise<void>;
  listVolumes(labels: Record<string, string>): Promise<VolumeSummary[]>;
  /** Ignores a volume that is already gone. */
  removeVolume(name: string): Promise<void>;

  createContainer(spec: ContainerSpec): Promise<string>;
  startContainer(id: string): Promise<void>;
  listContainers(labels: Record<string, string>): Promise<ContainerSummary[]>;
  inspectContainer(id: string): Promise<ContainerDetails>;
  /** Sends a signal (SIGKILL: a crash). */
  killContainer(id: string, signal: 'SIGKILL' | 'SIGTERM'): Promise<void>;
  /** SIGTERM, then SIGKILL after the grace period. */
  stopContainer(id: string, graceSeconds: number): Promise<void>;
  removeContainer(id: string): Promise<void>;
  /** Freezes every process (cgroup freezer): no CPU, no network answers, nothing dies. */
  pauseContainer(id: string): Promise<void>;
  /** Ignores a container that is not paused. */
  unpauseContainer(id: string): Promise<void>;
  /** Takes the container off a network (it keeps running, unreachable). Ignores one not attached. */
  disconnectNetwork(network: string, containerId: string): Promise<void>;
  /** Attaches it again, with its aliases. Ignores one already attached. */
  connectNetwork(network: string, containerId: string, aliases?: string[]): Promise<void>;
  /** Changes a running container's limits (the kernel enforces a lower memory limit from then on). */
  updateContainerResources(id: string, resources: ContainerResources): Promise<void>;
  /** The container's memory use now, in bytes (its cgroup's usage). */
  containerMemoryUsage(id: string): Promise<number>;
  /** The networks the container is attached to, by name. */
  containerNetworks(id: string): Promise<string[]>;
  /** The last `tail` lines of stdout+stderr. */
  containerLogs(id: string, tail: number): Promise<string[]>;
  /** Follows stdout+stderr from now on (or from `sinceSeconds` epoch), one callback per line. */
  followContainerLogs(id: string, onLine: (line: string, stream: 'stdout' | 'stderr') => void, sinceSeconds?: number): Promise<LogFollow>;
  /** Runs a command to its end; `timeoutMs` bounds the whole run (default: the client's exec timeout). */
  exec(id: string, cmd: string[], options?: ExecOptions): Promise<ExecResult>;
}
