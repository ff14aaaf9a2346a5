// The TaskManager crash: SIGKILL a TaskManager that runs the job's tasks (the source's, by default)
// and start a replacement, as a real machine loss plus the operator's new TaskManager would.
import type { RoundContext } from '../round/round-context.js';
import type { Fault, FaultTarget, InjectedFault, TargetChoice } from './fault.js';
import { pickTaskManager } from './pick-task-manager.js';

export class TaskManagerKill implements Fault {
  readonly title = 'TaskManager killed (SIGKILL)';
  readonly name = 'kill-tm';
  readonly failure = 'always';
  /** TaskManagers this drill killed: their containers are removed at the end. */
  private readonly killed: string[] = [];

  action(target: FaultTarget): string {
    return `SIGKILL ${target.id}`;
  }

  pickTarget(ctx: RoundContext): Promise<TargetChoice> {
    return pickTaskManager(ctx, 'Killing');
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
