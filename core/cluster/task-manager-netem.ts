// Network emulation (tc netem) on a TaskManager's interface, from a helper container that shares
// its network namespace and alone holds NET_ADMIN: the Flink image needs neither tc nor the
// capability. The rule lives in the TaskManager's namespace, so undoing it is `tc qdisc del`, then
// the helper goes.
import { clusterLevelLabels, LABEL_ROLE } from './labels.js';
import { ClusterError } from './errors/cluster-error.js';
import type { RuntimeClient } from './runtime/runtime-client.js';

/** Built by scripts/build-netem-image.sh (FROM the local Java base image, plus Debian's iproute2). */
export const DEFAULT_NETEM_IMAGE = 'flinkft/netem:local';
const DEVICE = 'eth0';

export interface NetemTarget {
  clusterName: string;
  tmId: string;
  containerId: string;
  /** The TaskManager container's labels: the helper carries the cluster's, so `cluster down` removes it. */
  labels: Readonly<Record<string, string>>;
}

/** A netem rule, e.g. { delayMs: 300 } or { lossPercent: 20 }. */
export interface NetemRule {
  delayMs?: number;
  lossPercent?: number;
}

export function netemArgs(rule: NetemRule): string[] {
  const args: string[] = [];
  if (rule.delayMs !== undefined) args.push('delay', `${rule.delayMs}ms`);
  if (rule.lossPercent !== undefined) args.push('loss', `${rule.lossPercent}%`);
  if (args.length === 0) throw new RangeError('a netem rule needs a delay or a loss');
  return args;
}

export class TaskManagerNetem {
  constructor(
    private readonly runtime: RuntimeClient,
    private readonly image = DEFAULT_NETEM_IMAGE,
  ) {}

  helperName(target: NetemTarget): string {
    return `flinkft-${target.clusterName}-${target.tmId}-netem`;
  }

  /** Adds the rule on the TaskManager's eth0; returns `tc qdisc show` afterwards (the evidence). */
  async apply(target: NetemTarget, rule: NetemRule): Promise<string> {
    if (!(await this.runtime.imageExists(this.image))) {
      throw new ClusterError(`The netem helper image ${this.image} is missing. Build it with scripts/build-netem-image.sh (offline, from the local Java base image).`);
    }
    const helper = await this.helper(target);
    const added = await this.runtime.exec(helper, ['tc', 'qdisc', 'replace', 'dev', DEVICE, 'root', 'netem', ...netemArgs(rule)], { user: '0' });
    if (added.exitCode !== 0) throw new ClusterError(`tc could not add the netem rule on ${target.tmId}: ${added.output.trim()}`);
    return this.show(target);
  }

  /** The qdiscs on the TaskManager's eth0 ('' when the helper is gone). */
  async show(target: NetemTarget): Promise<string> {
    const helper = await this.findHelper(target);
    if (!helper) return '';
    return (await this.runtime.exec(helper, ['tc', 'qdisc', 'show', 'dev', DEVICE], { user: '0' })).output.trim();
  }

  /** What the TaskManager's namespace holds, through a fresh helper removed afterwards: proof that nothing is left. */
  async inspect(target: NetemTarget): Promise<string> {
    const helper = await this.helper(target);
    try {
      return (await this.runtime.exec(helper, ['tc', 'qdisc', 'show', 'dev', DEVICE], { user: '0' })).output.trim();
    } finally {
      await this.runtime.removeContainer(helper);
    }
  }

  /** Deletes the rule (a TaskManager without one is fine) and removes the helper. */
  async clear(target: NetemTarget): Promise<string> {
    const helper = await this.findHelper(target);
    if (!helper) return '';
    await this.runtime.exec(helper, ['tc', 'qdisc', 'del', 'dev', DEVICE, 'root'], { user: '0' }).catch(() => undefined);
    const left = await this.show(target).catch(() => '');
    await this.runtime.removeContainer(helper);
    return left;
  }

  private async findHelper(target: NetemTarget): Promise<string | undefined> {
    const all = await this.runtime.listContainers({ ...clusterLevelLabels(target.labels), [LABEL_ROLE]: 'netem' });
    return all.find((c) => c.name === this.helperName(target) && c.state === 'running')?.id;
  }

  private async helper(target: NetemTarget): Promise<string> {
    const found = await this.findHelper(target);
    if (found) return found;
    // One left from a TaskManager that was restarted since: its namespace is gone.
    const stale = (await this.runtime.listContainers({ ...clusterLevelLabels(target.labels), [LABEL_ROLE]: 'netem' })).filter((c) => c.name === this.helperName(target));
    for (const c of stale) await this.runtime.removeContainer(c.id);
    const id = await this.runtime.createContainer({
      name: this.helperName(target),
      image: this.image,
      cmd: ['sleep', 'infinity'],
      env: {},
      labels: { ...clusterLevelLabels(target.labels), [LABEL_ROLE]: 'netem' },
      network: '',
      networkOf: target.containerId,
      capAdd: ['NET_ADMIN'],
    });
    await this.runtime.startContainer(id);
    return id;
  }
}
