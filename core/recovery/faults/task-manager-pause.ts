// pause-tm[=SECONDS]: freeze a TaskManager the job runs on (docker pause), as a long GC pause or a
// stalled VM would, and let it run on afterwards. Past heartbeat.timeout Flink declares it lost
// and restarts the job; a shorter pause the job may ride out. Either way it must go on.
import type { FaultTarget } from './fault.js';
import type { TaskManagerFaultOps } from './fault-ops.js';
import { TimedTaskManagerFault } from './timed-fault.js';

export const DEFAULT_PAUSE_SECONDS = 10;

export class TaskManagerPause extends TimedTaskManagerFault {
  readonly title = 'TaskManager paused (docker pause)';
  readonly name: string;

  constructor(
    private readonly ops: TaskManagerFaultOps,
    seconds = DEFAULT_PAUSE_SECONDS,
  ) {
    super(seconds * 1000);
    this.name = `pause-tm=${seconds}`;
  }

  action(target: FaultTarget): string {
    return `pause ${target.id} for ${this.holdMs / 1000} s`;
  }

  protected async apply(tmId: string): Promise<{ seen: string; evidence: Record<string, unknown> }> {
    await this.ops.pause(tmId);
    const state = await this.ops.containerState(tmId);
    return { seen: `${tmId} ${state}`, evidence: { containerState: state } };
  }

  protected revert(tmId: string): Promise<void> {
    return this.ops.unpause(tmId);
  }

  protected async stillInForce(tmId: string): Promise<string> {
    const state = await this.ops.containerState(tmId);
    return state === 'paused' ? `${tmId} is still paused` : '';
  }
}
