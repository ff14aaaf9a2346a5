// An in-memory Docker for unit tests of the cluster lifecycle: containers, networks and volumes
// with labels, and a started JobManager that serves the few REST paths start-up waits for (on its
// real published port, 127.0.0.1), listing the running TaskManagers as registered.
import { createServer, type Server } from 'node:http';
import { LABEL_ROLE, LABEL_TM_ID } from '../labels.js';
import type {
  ContainerResources,
  ContainerDetails,
  ContainerSpec,
  ContainerState,
  ContainerSummary,
  ExecResult,
  LogFollow,
  NetworkSummary,
  RuntimeClient,
  VolumeSummary,
} from '../runtime/runtime-client.js';

interface FakeContainer {
  id: string;
  spec: ContainerSpec;
  state: ContainerState;
  server?: Server;
}

export class FakeDocker implements RuntimeClient, AsyncDisposable {
  readonly endpoint = 'fake://docker';
  readonly containers = new Map<string, FakeContainer>();
  readonly networks = new Map<string, NetworkSummary>();
  readonly volumes = new Map<string, VolumeSummary>();
  readonly execs: string[][] = [];
  /** network/container pairs taken off their network. */
  readonly detached = new Set<string>();
  /** Called before a container starts; a test interrupts start-up from here. */
  beforeStart: (spec: ContainerSpec) => void | Promise<void> = () => undefined;
  /** False: the JobManager lists no TaskManager, as while they are still registering. */
  registerTaskManagers = true;
  /** Called for each REST request the JobManager gets (path and query). */
  onRestRequest: (url: string) => void = () => undefined;
  private nextId = 1;

  async ping(): Promise<void> {}
  async imageExists(): Promise<boolean> {
    return true;
  }
  async pullImage(): Promise<void> {}

  async createNetwork(name: string, labels: Record<string, string>): Promise<string> {
    const id = `net-${this.nextId++}`;
    this.networks.set(id, { id, name, labels });
    return id;
  }
  async listNetworks(labels: Record<string, string>): Promise<NetworkSummary[]> {
    return [...this.networks.values()].filter((n) => matches(n.labels, labels));
  }
  async removeNetwork(id: string): Promise<void> {
    this.networks.delete(id);
  }

  async createVolume(name: string, labels: Record<string, string>): Promise<void> {
    this.volumes.set(name, { name, labels });
  }
  async listVolumes(labels: Record<string, string>): Promise<VolumeSummary[]> {
    return [...this.volumes.values()].filter((v) => matches(v.labels, labels));
  }
  async removeVolume(name: string): Promise<void> {
    this.volumes.delete(name);
  }

  async createContainer(spec: ContainerSpec): Promise<string> {
    if ([...this.containers.values()].some((c) => c.spec.name === spec.name)) throw new Error(`name ${spec.name} in use`);
    const id = `c-${this.nextId++}`;
    this.containers.set(id, { id, spec, state: 'created' });
    return id;
  }

  async startContainer(id: string): Promise<void> {
    const container = this.require(id);
    await this.beforeStart(container.spec);
    container.state = 'running';
    const port = container.spec.ports?.[0]?.hostPort;
    if (container.spec.labels[LABEL_ROLE] === 'jobmanager' && port !== undefined) container.server = await this.serveRest(port);
  }

  async listContainers(labels: Record<string, string>): Promise<ContainerSummary[]> {
    return [...this.containers.values()].filter((c) => matches(c.spec.labels, labels)).map((c) => this.summary(c));
  }

  async inspectContainer(id: string): Promise<ContainerDetails> {
    const c = this.require(id);
    return { ...this.summary(c), env: c.spec.env, exitCode: 0, oomKilled: false };
  }

  async killContainer(id: string): Promise<void> {
    await this.halt(this.require(id), 'exited');
  }
  async stopContainer(id: string): Promise<void> {
    await this.halt(this.require(id), 'exited');
  }
  async removeContainer(id: string): Promise<void> {
    const c = this.containers.get(id);
    if (!c) return;
    await this.halt(c, 'removing');
    this.containers.delete(id);
  }
  async pauseContainer(id: string): Promise<void> {
    this.require(id).state = 'paused';
  }
  async unpauseContainer(id: string): Promise<void> {
    const c = this.containers.get(id);
    if (c?.state === 'paused') c.state = 'running';
  }
  async disconnectNetwork(network: string, containerId: string): Promise<void> {
    this.detached.add(`${network}/${containerId}`);
  }
  async connectNetwork(network: string, containerId: string): Promise<void> {
    this.detached.delete(`${network}/${containerId}`);
  }
  async updateContainerResources(id: string, resources: ContainerResources): Promise<void> {
    this.require(id).spec.resources = resources;
  }
  async containerMemoryUsage(): Promise<number> {
    return 256 * 1024 * 1024;
  }
  async containerNetworks(id: string): Promise<string[]> {
    const c = this.require(id);
    return [c.spec.network].filter((n) => !this.detached.has(`${n}/${id}`));
  }
  /** A running Kafka broker has logged its start (what KafkaBroker.waitUntilStarted looks for). */
  async containerLogs(id: string): Promise<string[]> {
    const c = this.require(id);
    return c.spec.labels[LABEL_ROLE] === 'kafka' && c.state === 'running' ? ['[KafkaRaftServer nodeId=1] Kafka Server started (kafka.server.KafkaRaftServer)'] : [];
  }
  async followContainerLogs(): Promise<LogFollow> {
    return { stop: () => undefined, done: Promise.resolve() };
  }
  async exec(_id: string, cmd: string[]): Promise<ExecResult> {
    this.execs.push(cmd);
    return { exitCode: 0, output: '' };
  }

  /** Adds a running container as another process (or an older version) would have left it. */
  async addRunning(spec: ContainerSpec): Promise<string> {
    const id = await this.createContainer(spec);
    const c = this.require(id);
    c.state = 'running';
    return id;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    for (const c of this.containers.values()) await this.halt(c, 'exited');
  }

  private require(id: string): FakeContainer {
    const c = this.containers.get(id);
    if (!c) throw new Error(`no container ${id}`);
    return c;
  }

  private summary(c: FakeContainer): ContainerSummary {
    return { id: c.id, name: c.spec.name, image: c.spec.image, state: c.state, labels: c.spec.labels, ports: c.spec.ports ?? [] };
  }

  private async halt(c: FakeContainer, state: ContainerState): Promise<void> {
    c.state = state;
    const server = c.server;
    c.server = undefined;
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }

  private async serveRest(port: number): Promise<Server> {
    const server = createServer((req, res) => {
      this.onRestRequest(req.url ?? '');
      const running = [...this.containers.values()].filter((c) => c.state === 'running' && c.spec.labels[LABEL_ROLE] === 'taskmanager');
      const tms = this.registerTaskManagers ? running : [];
      const body =
        req.url === '/overview'
          ? { taskmanagers: tms.length, 'slots-total': tms.length, 'slots-available': tms.length, 'jobs-running': 0, 'flink-version': '1.20.1' }
          : req.url === '/taskmanagers'
            ? { taskmanagers: tms.map((c) => ({ id: c.spec.labels[LABEL_TM_ID], slotsNumber: 1, freeSlots: 1 })) }
            : {};
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', resolve);
    });
    return server;
  }
}

function matches(labels: Record<string, string>, filter: Record<string, string>): boolean {
  return Object.entries(filter).every(([k, v]) => labels[k] === v);
}
