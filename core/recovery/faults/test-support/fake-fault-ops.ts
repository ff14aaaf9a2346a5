// TaskManager fault operations in memory: what is paused, cut off or under a netem rule right now,
// and every call in order. `refuse` makes an undo fail, to show cleanUp reports what is left.
import type { NetemRule } from '../../../cluster/index.js';
import type { TaskManagerFaultOps } from '../fault-ops.js';

export class FakeFaultOps implements TaskManagerFaultOps {
  readonly calls: string[] = [];
  readonly paused = new Set<string>();
  readonly disconnected = new Set<string>();
  readonly rules = new Map<string, NetemRule>();
  refuse: 'unpause' | 'reconnect' | 'clear' | undefined;

  async pause(id: string): Promise<void> {
    this.calls.push(`pause ${id}`);
    this.paused.add(id);
  }
  async unpause(id: string): Promise<void> {
    this.calls.push(`unpause ${id}`);
    if (this.refuse === 'unpause') throw new Error('engine refused');
    this.paused.delete(id);
  }
  async containerState(id: string): Promise<string> {
    return this.paused.has(id) ? 'paused' : 'running';
  }
  async disconnect(id: string): Promise<void> {
    this.calls.push(`disconnect ${id}`);
    this.disconnected.add(id);
  }
  async reconnect(id: string): Promise<void> {
    this.calls.push(`reconnect ${id}`);
    if (this.refuse === 'reconnect') throw new Error('engine refused');
    this.disconnected.delete(id);
  }
  async connected(id: string): Promise<boolean> {
    return !this.disconnected.has(id);
  }
  async applyNetem(id: string, rule: NetemRule): Promise<string> {
    this.calls.push(`netem ${id} ${JSON.stringify(rule)}`);
    this.rules.set(id, rule);
    return this.netemRules(id);
  }
  async clearNetem(id: string): Promise<string> {
    this.calls.push(`clear ${id}`);
    if (this.refuse !== 'clear') this.rules.delete(id);
    return this.netemRules(id);
  }
  async oomKill(id: string): Promise<{ oomKilled: boolean; exitCode: number; limitBytes: number }> {
    this.calls.push(`oom ${id}`);
    return { oomKilled: true, exitCode: 137, limitBytes: 300 * 1024 * 1024 };
  }
  async netemRules(id: string): Promise<string> {
    const r = this.rules.get(id);
    if (!r) return 'qdisc noqueue 0: root refcnt 2';
    return r.delayMs !== undefined ? `qdisc netem 8001: root refcnt 2 limit 1000 delay ${r.delayMs}ms` : `qdisc noqueue 0: root refcnt 2\n-A INPUT -m statistic --mode random --probability ${(r.lossPercent! / 100).toFixed(4)} -j DROP`;
  }
}
