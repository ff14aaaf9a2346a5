import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  DockerRuntimeClient,
  adoptCluster,
  dockerEndpointFromEnv,
  isDockerUnavailableError,
  projectDirs,
  type RuntimeClient,
  type StartedFlinkCluster,
  type TaskManagerHandle,
} from '../../../core/cluster/index.js';
import { JobOutputFilter, TaskManagerOutput } from '../../../core/logs/index.js';
import type { CliIo, Command } from '../command.js';
import { ExitCode } from '../exit-code.js';
import { commandHelp } from '../help.js';
import { isUsageError } from '../usage-error.js';
import { withProcessKeptAlive } from './cluster-keep-alive.js';
import { noClusterMessage, resolveWorkspace } from './cluster-workspace.js';
import { LOGS_OPTION_SPECS, parseLogsOptions, type LogsOptions } from './logs-options.js';

const EPILOG = `Prints what TaskManagers wrote to stdout: the .out files under .flink/logs/<tm-id>/ of the
project folder (the job's System.out / print() / print sink). A TaskManager without a .out file
(Flink versions that cannot redirect stdout) is read from its container's output instead.
With several TaskManagers each line is prefixed with its id.

Exit codes: 0 done (or Ctrl+C while following), 1 no cluster or no such TaskManager, 2 usage error.

Examples:
  flink-ft logs
  flink-ft logs tm-2 --follow --job-only`;

/** How much of a container's output the fallback shows when not following. */
const CONTAINER_TAIL_LINES = 500;
const TM_DIR = /^tm-\d+$/;

export const logsCommand: Command = {
  name: 'logs',
  summary: "Print (or follow) the TaskManagers' stdout of the local cluster.",
  synopsis: 'logs [TM] [--follow] [options]',
  options: LOGS_OPTION_SPECS,
  epilog: EPILOG,
  async run(argv, io) {
    const options = parseLogsOptions(argv);
    if (options.help) {
      io.stdout.write(commandHelp(logsCommand));
      return ExitCode.ok;
    }
    const workspace = resolveWorkspace(options.workspace, io.cwd);
    const runtime = new DockerRuntimeClient(dockerEndpointFromEnv(process.env));
    try {
      // Files can be read without Docker; the cluster only adds the container fallback.
      const cluster = await adoptCluster(runtime, { workspace }).catch((error: unknown) => {
        if (isDockerUnavailableError(error)) return undefined;
        throw error;
      });
      return await withProcessKeptAlive(() => (options.follow ? follow(options, workspace, runtime, cluster, io) : printOnce(options, workspace, runtime, cluster, io)));
    } catch (error) {
      if (isUsageError(error)) throw error;
      io.stderr.write(`flink-ft logs: ${error instanceof Error ? error.message : String(error)}\n`);
      return ExitCode.failed;
    }
  },
};

/** `tm-1 | text` when several TaskManagers are shown, the bare line otherwise. */
export function formatOutputLine(tmId: string, line: string, prefixed: boolean): string {
  return prefixed ? `${tmId} | ${line}\n` : `${line}\n`;
}

/** TaskManager ids in number order: tm-2 before tm-10. */
export function sortTaskManagerIds(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort((a, b) => Number(a.slice(3)) - Number(b.slice(3)));
}

async function printOnce(
  options: LogsOptions,
  workspace: string,
  runtime: RuntimeClient,
  cluster: StartedFlinkCluster | undefined,
  io: CliIo,
): Promise<number> {
  const logsRoot = projectDirs(workspace).logs;
  const containers = cluster ? await cluster.taskManagers() : [];
  const onDisk = (await readdir(logsRoot).catch(() => [] as string[])).filter((d) => TM_DIR.test(d));
  const known = sortTaskManagerIds([...onDisk, ...containers.map((c) => c.id)]);
  const ids = options.taskManager ? [options.taskManager] : known;
  if (known.length === 0) {
    io.stderr.write(`${noClusterMessage(workspace)} (No TaskManager output under ${logsRoot} either.)\n`);
    return ExitCode.failed;
  }
  if (options.taskManager && !known.includes(options.taskManager)) {
    io.stderr.write(`flink-ft logs: no TaskManager '${options.taskManager}' in ${workspace}. Known: ${known.join(', ')}.\n`);
    return ExitCode.failed;
  }
  for (const id of ids) {
    const filter = options.jobOnly ? new JobOutputFilter() : undefined;
    const lines = await readTaskManagerLines(join(logsRoot, id), containers.find((c) => c.id === id), runtime, io, id);
    for (const line of lines) if (!filter || filter.accept(line)) io.stdout.write(formatOutputLine(id, line, ids.length > 1));
  }
  return ExitCode.ok;
}

async function readTaskManagerLines(dir: string, container: TaskManagerHandle | undefined, runtime: RuntimeClient, io: CliIo, id: string): Promise<string[]> {
  // Live names only (x.out), rotated copies (x.out.1) are older: read those first.
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => /\.out(\.\d+)?$/.test(f)).sort(byRotation);
  if (files.length > 0) {
    const texts = await Promise.all(files.map((f) => readFile(join(dir, f), 'utf8')));
    return texts.flatMap(splitLines);
  }
  if (container) {
    io.stderr.write(`(${id} has no .out file; showing its container output)\n`);
    return runtime.containerLogs(container.containerId, CONTAINER_TAIL_LINES);
  }
  return [];
}

/** The lines of a file's text; a final newline ends the last line rather than starting an empty one. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (text.endsWith('\n')) lines.pop();
  return lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

/** x.out.2 (oldest) before x.out.1 before x.out. */
function byRotation(a: string, b: string): number {
  const n = (f: string) => Number(/\.out\.(\d+)$/.exec(f)?.[1] ?? 0);
  return n(b) - n(a) || a.localeCompare(b);
}

async function follow(
  options: LogsOptions,
  workspace: string,
  runtime: RuntimeClient,
  cluster: StartedFlinkCluster | undefined,
  io: CliIo,
): Promise<number> {
  const filters = new Map<string, JobOutputFilter>();
  const output = new TaskManagerOutput({
    logsRoot: projectDirs(workspace).logs,
    from: 'start',
    onLine: ({ tmId, line }) => {
      if (options.taskManager && tmId !== options.taskManager) return;
      if (options.jobOnly) {
        const filter = filters.get(tmId) ?? new JobOutputFilter();
        filters.set(tmId, filter);
        if (!filter.accept(line)) return;
      }
      io.stdout.write(formatOutputLine(tmId, line, options.taskManager === undefined));
    },
    onEvent: (event) => {
      if (options.taskManager && event.tmId !== options.taskManager) return;
      if (event.kind === 'container-attached') io.stderr.write(`(${event.tmId} has no .out file; following its container output)\n`);
    },
    ...(cluster ? { runtime, taskManagers: () => cluster.taskManagers() } : {}),
  });
  if (!cluster) io.stderr.write(`(${noClusterMessage(workspace)} Following the files under .flink/logs only.)\n`);
  await output.start();
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await output.stop();
  return ExitCode.ok;
}
