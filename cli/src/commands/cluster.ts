import { relative } from 'node:path';
import {
  DockerRuntimeClient,
  adoptCluster,
  clusterBuilderFor,
  clusterSetupFor,
  dockerEndpointFromEnv,
  purgeProjectDirs,
  type ClusterSettings,
  type RuntimeClient,
  type StartedFlinkCluster,
  type TaskManagerHandle,
} from '../../../core/cluster/index.js';
import { formatOptions } from '../args.js';
import type { CliIo, Command } from '../command.js';
import { ExitCode } from '../exit-code.js';
import { isUsageError } from '../usage-error.js';
import {
  CLUSTER_OPTION_SPECS,
  CLUSTER_SUBCOMMANDS,
  CLUSTER_SUMMARIES,
  CLUSTER_SYNOPSES,
  parseClusterArgs,
  type ClusterInvocation,
  type ClusterSubcommand,
  type UpOptions,
} from './cluster-options.js';
import { ClusterProgressPrinter } from './cluster-progress.js';
import { clusterJson, formatClusterStatus, formatJobManagerKill, formatTaskManagerAction, type ClusterJson } from './cluster-report.js';
import { noClusterMessage, resolveWorkspace } from './cluster-workspace.js';
import { withInterrupts } from './with-interrupts.js';

const EPILOG = `The cluster belongs to the project folder (the current folder, or --workspace): one JobManager
and N TaskManagers in Docker containers labelled dev.flinkft.*, the web UI on 127.0.0.1:<port>,
.flink/checkpoints, .flink/savepoints and .flink/logs/<tm-id>/ bind-mounted from the folder.
Running 'up' again, from here or from VS Code, uses the running cluster instead of starting another
(one whose start-up never finished is removed and started afresh). Nothing is written, mounted or
deleted through a symbolic link: a linked .flink (or .flink/checkpoints, logs/tm-N) is refused.

Image: --image, else --flink-version (official flink:<V>-java17), else $FLINKFT_IMAGE, else the
official image of the project's Flink version (pom.xml, Gradle files), else flink:1.20-java17
(pulled when missing). Docker: $DOCKER_HOST, else /var/run/docker.sock.

High availability (--ha [--job-managers N]): ZooKeeper (the one Flink's distribution ships) and N
JobManagers jm-1..jm-N, jm-1 on --port and each other on the next free port; any of them serves
the leader's REST view. 'status' shows which leads (from ZooKeeper); 'kill-jm' kills the leader.

Kafka (--kafka): one KRaft broker on the cluster's network. Jobs use kafka:9092, the host
127.0.0.1:9092 (--kafka-port). Image: --kafka-image, else $FLINKFT_KAFKA_IMAGE, else apache/kafka:4.1.1.
Topics: 'flink-ft kafka --help'.

Exit codes:
  0  done
  1  failed (Docker unavailable, port in use, image missing, no cluster, ...); stderr says how to fix it
  2  usage error
  130  interrupted (Ctrl+C during 'up'): what the start had created is removed first

Examples:
  flink-ft cluster up --taskmanagers 3
  flink-ft cluster up --kafka --json
  flink-ft cluster status --json
  flink-ft cluster kill-tm tm-2 && flink-ft cluster add-tm
  flink-ft cluster up --ha --job-managers 2 && flink-ft cluster kill-jm
  flink-ft cluster down --purge`;

export const clusterCommand: Command = {
  name: 'cluster',
  summary: 'Run a local Flink cluster on Docker: up, status, add-tm, kill-tm, stop-tm, kill-jm, down.',
  synopsis: 'cluster <up|status|add-tm|kill-tm|stop-tm|kill-jm|down> [options]',
  options: [],
  epilog: EPILOG,
  async run(argv, io) {
    const invocation = parseClusterArgs(argv);
    if (invocation.kind === 'help') {
      io.stdout.write(clusterHelp(invocation.subcommand));
      return ExitCode.ok;
    }
    const workspace = resolveWorkspace(invocation.workspace, io.cwd);
    // The CLI is an edge of the program: the one place besides the extension that reads DOCKER_HOST.
    const runtime = new DockerRuntimeClient(dockerEndpointFromEnv(process.env));
    // Ctrl+C during `up` must not leave a half-started cluster: the start removes what it created.
    // Other subcommands keep Node's default (exit at once); a second Ctrl+C does too.
    const onInterrupt = (controller: AbortController): void => {
      io.stderr.write(`flink-ft cluster ${invocation.kind}: interrupted; removing what this start created…\n`);
      controller.abort(new StartInterrupted());
    };
    try {
      return await withInterrupts(onInterrupt, (signal) => runClusterCommand(invocation, workspace, runtime, io, process.env, signal), { enabled: invocation.kind === 'up' });
    } catch (error) {
      if (isUsageError(error)) throw error;
      if (error instanceof StartInterrupted) {
        io.stderr.write(`flink-ft cluster ${invocation.kind}: ${error.message}\n`);
        return ExitCode.interrupted;
      }
      // Cluster errors end with what to do next (start Docker, pick a port, build the image...).
      io.stderr.write(`flink-ft cluster ${invocation.kind}: ${error instanceof Error ? error.message : String(error)}\n`);
      return ExitCode.failed;
    }
  },
};

/** The abort reason of an interrupted `up`; FlinkCluster.start() rethrows it after its clean-up. */
class StartInterrupted extends Error {
  constructor() {
    super("interrupted; the containers and network this start had created were removed. Run 'flink-ft cluster up' again to start.");
  }
}

/** Runs one parsed subcommand against a Docker runtime; exported so tests can pass their own runtime. */
export async function runClusterCommand(
  invocation: Exclude<ClusterInvocation, { kind: 'help' }>,
  workspace: string,
  runtime: RuntimeClient,
  io: CliIo,
  env: Readonly<Record<string, string | undefined>>,
  /** Stops `up` half-way (Ctrl+C); what it created is removed. */
  signal?: AbortSignal,
): Promise<number> {
  const printer = new ClusterProgressPrinter(io.stderr, io.now);
  switch (invocation.kind) {
    case 'up': {
      const setup = await clusterSetupFor(workspace, upClusterSettings(invocation), env);
      const cluster = await clusterBuilderFor(runtime, setup).withProgress(printer.report).start({ signal });
      const status = await cluster.status();
      if (cluster.adopted && invocation.taskManagers !== undefined && status.taskManagers.length !== invocation.taskManagers) {
        printer.line(
          `The running cluster has ${status.taskManagers.length} TaskManager(s), not ${invocation.taskManagers}; ` +
            `change that with 'flink-ft cluster add-tm' / 'stop-tm', or 'down' and 'up' again.`,
        );
      }
      if (invocation.json) return printJson(io, clusterJson(status, cluster.adopted));
      const headline = cluster.adopted ? `Local Flink cluster '${status.name}' was already running; using it.` : `Local Flink cluster '${status.name}' is up.`;
      io.stdout.write(formatClusterStatus(status, headline));
      return ExitCode.ok;
    }
    case 'status': {
      const cluster = await adoptCluster(runtime, { workspace });
      if (!cluster) {
        if (invocation.json) printJson(io, { running: false, workspace });
        io.stderr.write(`${noClusterMessage(workspace)}\n`);
        return ExitCode.failed;
      }
      const status = await cluster.status();
      if (invocation.json) return printJson(io, clusterJson(status, true));
      io.stdout.write(formatClusterStatus(status, `Local Flink cluster '${status.name}'`));
      return ExitCode.ok;
    }
    case 'add-tm': {
      const cluster = await requireCluster(runtime, workspace, io);
      if (!cluster) return ExitCode.failed;
      printer.line(invocation.wait ? 'Starting a TaskManager and waiting for Flink to register it' : 'Starting a TaskManager');
      const added = await cluster.addTaskManager({ waitUntilRegistered: invocation.wait, ...(invocation.limits && { limits: invocation.limits }) });
      return reportTaskManager(io, invocation.json, 'added', added);
    }
    case 'kill-tm':
    case 'stop-tm': {
      const cluster = await requireCluster(runtime, workspace, io);
      if (!cluster) return ExitCode.failed;
      const id = invocation.id ?? (await lastRunningTaskManager(cluster));
      if (id === undefined) {
        io.stderr.write(`flink-ft cluster ${invocation.kind}: no TaskManager is running in '${cluster.name}'. Start one with 'flink-ft cluster add-tm'.\n`);
        return ExitCode.failed;
      }
      if (invocation.kind === 'kill-tm') {
        const heartbeat = Number(cluster.blueprint.properties['heartbeat.timeout']);
        return reportTaskManager(io, invocation.json, 'killed', await cluster.killTaskManager(id), Number.isFinite(heartbeat) ? heartbeat : undefined);
      }
      printer.line(`Stopping ${id} (SIGTERM, up to 10 s)`);
      return reportTaskManager(io, invocation.json, 'stopped', await cluster.stopTaskManager(id));
    }
    case 'kill-jm': {
      const cluster = await requireCluster(runtime, workspace, io);
      if (!cluster) return ExitCode.failed;
      const leaderBefore = (await cluster.leader()).jobManager;
      const killed = await cluster.killJobManager(invocation.id);
      if (invocation.json) return printJson(io, { action: 'killed', jobManager: killed, wasLeader: killed.id === leaderBefore, highAvailability: cluster.highAvailability });
      io.stdout.write(formatJobManagerKill(killed, killed.id === leaderBefore, cluster.highAvailability));
      return ExitCode.ok;
    }
    case 'down': {
      const cluster = await adoptCluster(runtime, { workspace });
      if (!cluster && invocation.purge) {
        // No containers to remove, but the data asked to be deleted is still there: delete it.
        const deleted = await purgeProjectDirs(workspace);
        io.stdout.write(
          deleted.length > 0
            ? `No local Flink cluster runs for ${workspace}; deleted its ${deleted.map((d) => relative(workspace, d)).join(', ')}.\n`
            : `No local Flink cluster runs for ${workspace} and it has no .flink data; nothing to remove.\n`,
        );
        return ExitCode.ok;
      }
      if (!cluster) {
        io.stderr.write(`No local Flink cluster runs for ${workspace}; nothing to remove.\n`);
        return ExitCode.ok;
      }
      printer.line(`Removing the containers and the network of '${cluster.name}'${invocation.purge ? ', and the .flink data' : ''}`);
      await cluster.down({ purge: invocation.purge });
      io.stdout.write(
        invocation.purge
          ? `Cluster '${cluster.name}' removed, with its checkpoints, savepoints and logs.\n`
          : `Cluster '${cluster.name}' removed. Checkpoints, savepoints and logs stay in ${workspace}/.flink (--purge deletes them).\n`,
      );
      return ExitCode.ok;
    }
  }
}

/** The flags of `cluster up` as the settings every face passes to core (absent flags take core's defaults). */
export function upClusterSettings(options: UpOptions): ClusterSettings {
  return {
    taskManagers: options.taskManagers,
    slots: options.slots,
    restPort: options.port,
    allowNextFreePort: options.nextFreePort,
    image: options.image,
    flinkVersion: options.flinkVersion,
    kafka: options.kafka,
    kafkaPort: options.kafkaPort,
    kafkaImage: options.kafkaImage,
    highAvailability: options.ha,
    jobManagers: options.jobManagers,
    localRecovery: options.localRecovery,
  };
}

/** The highest-numbered running TaskManager: the newest, and never the only one if others run. */
async function lastRunningTaskManager(cluster: StartedFlinkCluster): Promise<string | undefined> {
  const running = (await cluster.taskManagers()).filter((tm) => tm.state === 'running');
  return running.at(-1)?.id;
}

async function requireCluster(runtime: RuntimeClient, workspace: string, io: CliIo): Promise<StartedFlinkCluster | undefined> {
  const cluster = await adoptCluster(runtime, { workspace });
  if (!cluster) io.stderr.write(`${noClusterMessage(workspace)}\n`);
  return cluster;
}

function reportTaskManager(io: CliIo, json: boolean, action: 'killed' | 'stopped' | 'added', tm: TaskManagerHandle, heartbeatMs?: number): number {
  if (json) return printJson(io, { action, taskManager: tm });
  io.stdout.write(formatTaskManagerAction(action, tm, heartbeatMs));
  return ExitCode.ok;
}

function printJson(io: CliIo, value: ClusterJson | Record<string, unknown>): number {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  return ExitCode.ok;
}

/** `flink-ft cluster --help` lists the subcommands; `flink-ft cluster <sub> --help` shows its flags. */
export function clusterHelp(subcommand?: ClusterSubcommand): string {
  if (subcommand) {
    return [`Usage: flink-ft ${CLUSTER_SYNOPSES[subcommand]}`, '', CLUSTER_SUMMARIES[subcommand], '', 'Options:', formatOptions(CLUSTER_OPTION_SPECS[subcommand]), ''].join('\n');
  }
  const width = Math.max(...CLUSTER_SUBCOMMANDS.map((s) => s.length));
  return [
    `Usage: flink-ft ${clusterCommand.synopsis}`,
    '',
    clusterCommand.summary,
    '',
    'Subcommands:',
    ...CLUSTER_SUBCOMMANDS.map((s) => `  ${s.padEnd(width)}  ${CLUSTER_SUMMARIES[s]}`),
    '',
    "Run 'flink-ft cluster <subcommand> --help' for its options.",
    '',
    EPILOG,
    '',
  ].join('\n');
}
