// The TaskManager crash: SIGKILL a TaskManager that runs the job's tasks (the source's, by default)
// and start a replacement, as a real machine loss plus the operator's new TaskManager would.
import { jobPlacement, pickTarget } from '../job-placement.js';
import type { RoundContext } from '../round/round-context.js';
import type { Fault, FaultTarget, InjectedFault, TargetChoice } from './fault.js';

export class TaskManagerKill implements Fault {
  readonly title = 'TaskManager killed (SIGKILL)';
  /** TaskManagers this drill killed: their containers are removed at the end. */
  private readonly killed: string[] = [];

  action(target: FaultTarget): string {
    return `SIGKILL ${target.id}`;
  }

  async pickTarget({ cluster, jobId, options }: RoundContext): Promise<TargetChoice> {
    const { signal } = options;
    const job = await cluster.rest.job(jobId, { signal });
    const placement = await jobPlacement(cluster.rest, job, signal);
    const handles = await cluster.taskManagers();
    const runningIds = handles.filter((h) => h.state === 'running').map((h) => h.id);
    const id = options.targetTaskManager ?? (options.chooseTarget ? options.chooseTarget(placement.byTaskManager, runningIds) : pickTarget(placement));
    const placed = Object.fromEntries(placement.byTaskManager);
    const expected = 'a TaskManager running tasks of the job';
    if (!id) return { ok: false, expected, seen: 'REST lists no TaskManager for any subtask', evidence: { placement: placed } };
    const handle = handles.find((h) => h.id === id);
    const tasks = placement.byTaskManager.get(id);
    if (!handle || !tasks) {
      const why = !handle ? `there is no TaskManager container '${id}'` : `${id} runs none of the job's tasks (they run on ${[...placement.byTaskManager.keys()].join(', ') || 'no TaskManager'})`;
      return {
        ok: false,
        expected,
        seen: why,
        message: `Killing ${id} cannot show recovery: ${why}. Let the drill pick the target, or kill a TaskManager the job runs on.`,
        evidence: { target: id, placement: placed },
        // Kill it anyway, as asked: the job is unaffected, which proves nothing about recovery.
        ...(handle && { injectAnyway: { id, container: handle.containerName } }),
      };
    }
    return { ok: true, target: { id, container: handle.containerName }, seen: `${id} runs ${tasks.join(', ')}`, evidence: { placement: placed } };
  }

  async inject({ cluster }: RoundContext, target: FaultTarget): Promise<InjectedFault> {
    // Docker delivers the signal somewhere inside this call: tasks restarted after `issuedAt` count
    // as recovery, and a checkpoint Flink completed before the call returned was taken by a live TaskManager.
    const issuedAt = Date.now();
    await cluster.killTaskManager(target.id);
    const doneAt = Date.now();
    this.killed.push(target.id);
    const replacement = cluster.addTaskManager().then(
      (h) => h.id,
      () => undefined,
    );
    return {
      issuedAt,
      doneAt,
      seen: `${target.id}${target.container ? ` (${target.container})` : ''} killed`,
      evidence: { taskManager: target.id, container: target.container, killIssuedAt: issuedAt, killAt: doneAt },
      replacement,
    };
  }

  async cleanUp({ cluster }: Pick<RoundContext, 'cluster'>): Promise<void> {
    for (const id of this.killed.splice(0)) await cluster.removeTaskManager(id).catch(() => undefined);
  }
}
