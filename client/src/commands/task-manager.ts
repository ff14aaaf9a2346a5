// TaskManager commands, from the palette (a quick pick of TaskManagers) or from the view's inline
// actions (which pass the tree node): add, kill (crash), stop (graceful), restart, show output.
import { ProgressLocation, window } from 'vscode';
import type { TaskManagerHandle } from '../../../core/cluster/index.js';
import { requireCluster } from '../cluster/cluster-guards.js';
import type { Ctx } from '../ctx.js';
import { showClusterError } from '../errors/show-error.js';
import type { Cmd } from './cmd.js';

type Which = 'running' | 'any';

export function addTaskManager(ctx: Ctx): Cmd {
  return async () => {
    if (!(await requireCluster(ctx.cluster))) return;
    try {
      const tm = await window.withProgress({ location: ProgressLocation.Notification, title: 'Flink: adding a TaskManager' }, () => ctx.cluster.addTaskManager());
      void window.showInformationMessage(`Started ${tm.id}; it registers with the JobManager in a few seconds.`);
    } catch (error) {
      await showClusterError(error, 'Could not add a TaskManager', () => ctx.clusterLog);
    }
  };
}

export function killTaskManager(ctx: Ctx): Cmd {
  return taskManagerAction(ctx, 'running', 'Kill TaskManager (SIGKILL, like a crash)', async (id) => {
    const tm = await ctx.cluster.killTaskManager(id);
    void window.showInformationMessage(`Killed ${tm.id}. Flink notices within the heartbeat timeout and restarts affected jobs from their last checkpoint.`);
  });
}

export function stopTaskManager(ctx: Ctx): Cmd {
  return taskManagerAction(ctx, 'running', 'Stop TaskManager (SIGTERM, graceful)', async (id) => {
    const tm = await window.withProgress({ location: ProgressLocation.Notification, title: `Flink: stopping ${id}` }, () => ctx.cluster.stopTaskManager(id));
    void window.showInformationMessage(`Stopped ${tm.id}.`);
  });
}

export function restartTaskManager(ctx: Ctx): Cmd {
  return taskManagerAction(ctx, 'any', 'Restart TaskManager', async (id) => {
    await window.withProgress({ location: ProgressLocation.Notification, title: `Flink: restarting ${id}` }, () => ctx.cluster.restartTaskManager(id));
  });
}

export function showTaskManagerOutput(ctx: Ctx): Cmd {
  return async (arg?: unknown) => {
    const given = tmIdOf(arg);
    if (given) return ctx.taskManagerOutput.show(given);
    const cluster = ctx.cluster.cluster;
    const ids = cluster ? (await cluster.taskManagers()).map((tm) => tm.id) : ctx.taskManagerOutput.known;
    if (ids.length === 0) {
      await requireCluster(ctx.cluster);
      return;
    }
    const picked = await window.showQuickPick(ids, { title: 'Show TaskManager Output', placeHolder: 'Which TaskManager?' });
    if (picked) ctx.taskManagerOutput.show(picked);
  };
}

export function toggleJobPrintsOnly(ctx: Ctx): Cmd {
  return async () => {
    const on = await ctx.taskManagerOutput.toggleJobPrintsOnly();
    void window.showInformationMessage(on ? "TaskManager output: showing only the job's own prints." : 'TaskManager output: showing everything.');
  };
}

/** The id passed by an inline action (a tree node with `tmId`) or a string argument. */
function tmIdOf(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  if (typeof arg === 'object' && arg !== null && 'tmId' in arg && typeof arg.tmId === 'string') return arg.tmId;
  return undefined;
}

function taskManagerAction(ctx: Ctx, which: Which, title: string, run: (id: string) => Promise<void>): Cmd {
  return async (arg?: unknown) => {
    const cluster = await requireCluster(ctx.cluster);
    if (!cluster) return;
    const id = tmIdOf(arg) ?? (await pickTaskManager(await cluster.taskManagers(), which, title));
    if (!id) return;
    try {
      await run(id);
    } catch (error) {
      await showClusterError(error, `${title.split(' (')[0]} ${id} failed`, () => ctx.clusterLog);
    }
  };
}

async function pickTaskManager(all: readonly TaskManagerHandle[], which: Which, title: string): Promise<string | undefined> {
  const candidates = which === 'running' ? all.filter((tm) => tm.state === 'running') : all;
  if (candidates.length === 0) {
    void window.showInformationMessage(which === 'running' ? 'No TaskManager is running. Run "Flink: Add TaskManager".' : 'The cluster has no TaskManagers.');
    return undefined;
  }
  const picked = await window.showQuickPick(
    candidates.map((tm) => ({ label: tm.id, description: tm.state, detail: tm.containerName })),
    { title, placeHolder: 'Which TaskManager?' },
  );
  return picked?.label;
}
