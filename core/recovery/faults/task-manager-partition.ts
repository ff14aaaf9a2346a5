// partition-tm[=SECONDS]: take a TaskManager the job runs on off the cluster network (it keeps
// running, unreachable), and put it back afterwards. Flink loses its heartbeats and restarts the
// job on the TaskManagers it can still reach; the cut-off one registers again once reconnected.
import type { FaultTarget } from './fault.js';
import type { TaskManagerFaultOps } from './fault-ops.js';
import { TimedTaskManagerFault } from './timed-fault.js';

export const DEFAULT_PARTITION_SECONDS = 10;

export class TaskManagerPartition extends TimedTaskManagerFault {
  readonly title = 'TaskManager cut off the network (docker network disconnect)';
  readonly name: string;

  constructor(
    private readonly ops: TaskManagerFaultOps,
    seconds = DEFAULT_PARTITION_SECONDS,
  ) {
    super(seconds * 1000);
    this.name = `partition-tm=${seconds}`;
  }

  action(target: FaultTarget): string {
    return `disconnect ${target.id} from the cluster network for ${this.holdMs / 1000} s`;
  }

  protected async apply(tmId: string): Promise<{ seen: string; evidence: Record<string, unknown> }> {
    await this.ops.disconnect(tmId);
    const connected = await this.ops.connected(tmId);
    return { seen: `${tmId} ${connected ? 'still on' : 'off'} the cluster network`, evidence: { connected } };
  }

  protected revert(tmId: string): Promise<void> {
    return this.ops.reconnect(tmId);
  }

  protected async stillInForce(tmId: string): Promise<string> {
    return (await this.ops.connected(tmId)) ? '' : `${tmId} is still off the cluster network`;
  }
}
