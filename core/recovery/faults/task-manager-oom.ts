// oom-tm: the kernel kills a TaskManager running the job for exceeding its memory limit (the limit
// lowered to just above its use, then memory allocated in it), and a replacement starts, as a
// container orchestrator would. The evidence is Docker's own State.OOMKilled.
import type { RoundContext } from '../round/round-context.js';
import type { Fault, FaultTarget, InjectedFault, TargetChoice } from './fault.js';
import type { TaskManagerFaultOps } from './fault-ops.js';
import { pickTaskManager } from './pick-task-manager.js';

export class TaskManagerOom implements Fault {
  readonly title = 'TaskManager killed by the kernel (out of memory)';
  readonly name = 'oom-tm';
  readonly failure = 'always';
  private readonly killed: string[] = [];

  constructor(private readonly ops: TaskManagerFaultOps) {}

  action(target: FaultTarget): string {
    return `lower ${target.id}'s memory limit and fill it`;
  }

  pickTarget(ctx: RoundContext): Promise<TargetChoice> {
    return pickTaskManager(ctx, 'An out-of-memory kill of');
  }

  async inject({ cluster }: RoundContext, target: FaultTarget): Promise<InjectedFault> {
    const issuedAt = Date.now();
    const oom = await this.ops.oomKill(target.id);
    const doneAt = Date.now();
    this.killed.push(target.id);
    const replacement = cluster.addTaskManager().then(
      (h) => h.id,
      () => undefined,
    );
    return {
      issuedAt,
      doneAt,
      seen: `${target.id} ${oom.oomKilled ? 'OOM-killed by the kernel' : 'exited, but Docker does not report an OOM kill'} (exit code ${oom.exitCode}, limit ${Math.round(oom.limitBytes / 1024 / 1024)} MiB)`,
      evidence: { taskManager: target.id, container: target.container, oomKilled: oom.oomKilled, exitCode: oom.exitCode, memoryLimitBytes: oom.limitBytes, killIssuedAt: issuedAt, killAt: doneAt },
      replacement,
    };
  }

  async cleanUp({ cluster }: Pick<RoundContext, 'cluster'>): Promise<void> {
    for (const id of this.killed.splice(0)) await cluster.removeTaskManager(id).catch(() => undefined);
  }
}
