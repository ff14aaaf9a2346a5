// delay-tm=MS and loss-tm=PERCENT: a tc netem delay, or an iptables random DROP rule, on a
// TaskManager's interface for a while (from a helper container in its network namespace), then deleted. The job usually rides it out; what
// shows the fault is the checkpoints: their durations while it held against before.
import type { NetemRule } from '../../cluster/index.js';
import type { FaultTarget } from './fault.js';
import type { TaskManagerFaultOps } from './fault-ops.js';
import { TimedTaskManagerFault } from './timed-fault.js';

export const DEFAULT_NETEM_SECONDS = 20;

export class TaskManagerNetemFault extends TimedTaskManagerFault {
  readonly title: string;
  readonly name: string;

  constructor(
    private readonly ops: TaskManagerFaultOps,
    private readonly rule: NetemRule,
    seconds = DEFAULT_NETEM_SECONDS,
  ) {
    super(seconds * 1000);
    this.title = `TaskManager network ${describeRule(rule)} (${rule.delayMs !== undefined ? 'tc netem' : 'iptables'})`;
    this.name = rule.delayMs !== undefined ? `delay-tm=${rule.delayMs}` : `loss-tm=${rule.lossPercent}`;
  }

  action(target: FaultTarget): string {
    return `${describeRule(this.rule)} on ${target.id} for ${this.holdMs / 1000} s`;
  }

  protected async apply(tmId: string): Promise<{ seen: string; evidence: Record<string, unknown> }> {
    const qdisc = await this.ops.applyNetem(tmId, this.rule);
    return { seen: `${tmId}: ${qdisc.split('\n').find(inForce) ?? qdisc}`, evidence: { rule: this.rule, qdisc } };
  }

  protected async revert(tmId: string): Promise<void> {
    await this.ops.clearNetem(tmId);
  }

  protected async stillInForce(tmId: string): Promise<string> {
    const left = await this.ops.netemRules(tmId);
    return left.split('\n').some(inForce) ? left : '';
  }
}

/** A line of the helper's listing that shows one of our rules. */
function inForce(line: string): boolean {
  return line.includes('netem') || (line.includes('statistic') && line.includes('DROP'));
}

function describeRule(rule: NetemRule): string {
  return [rule.delayMs !== undefined && `delayed ${rule.delayMs} ms`, rule.lossPercent !== undefined && `${rule.lossPercent}% packet loss`].filter(Boolean).join(', ');
}
