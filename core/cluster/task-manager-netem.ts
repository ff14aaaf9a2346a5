// Network faults on a TaskManager's interface, from a helper container that shares its network
// namespace and alone holds NET_ADMIN: the Flink image needs neither the tools nor the capability.
// Delay is `tc netem` (a kernel without sch_netem cannot delay: the error says so); loss is an
// iptables `statistic` DROP rule in and out, which needs no netem. The rules live in the
// TaskManager's namespace, so undoing them is deleting them; then the helper goes.
import { clusterLevelLabels, LABEL_ROLE } from './labels.js';
import { ClusterError } from './errors/cluster-error.js';
import type { RuntimeClient } from './runtime/runtime-client.js';

/** Built by scripts/build-netem-image.sh (FROM the local Java base image, plus Debian's iproute2). */
export const DEFAULT_NETEM_IMAGE = 'flinkft/netem:local';

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
  if (rule.delayMs === undefined) throw new RangeError('a netem rule needs a delay');
  return ['delay', `${rule.delayMs}ms`];
}

/** The iptables rule (after -I/-D CHAIN) that drops `percent` of the packets at random. */
export function lossRuleArgs(percent: number): string[] {
  return ['-m', 'statistic', '--mode', 'random', '--probability', (percent / 100).toFixed(4), '-j', 'DROP'];
}

const CHAINS = ['INPUT', 'OUTPUT'] as const;

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
    try {
      if (rule.delayMs !== undefined) {
        // eth0, or eth1 after a partition (a reconnect adds a new interface): the one that is not lo.
        const device = (await this.devices(helper))[0] ?? 'eth0';
        const added = await this.run(helper, ['tc', 'qdisc', 'replace', 'dev', device, 'root', 'netem', ...netemArgs(rule)]);
        if (added.exitCode !== 0) {
          const noNetem = /qdisc kind is unknown/.test(added.output);
          throw new ClusterError(
            `tc could not add the netem delay on ${target.tmId}: ${added.output.trim()}.` +
              (noNetem ? " This machine's kernel has no netem (sch_netem, CONFIG_NET_SCH_NETEM): delay-tm cannot run here; loss-tm (iptables) can." : ''),
          );
        }
      }
      if (rule.lossPercent !== undefined) {
        for (const chain of CHAINS) {
          const added = await this.run(helper, ['iptables', '-w', '-I', chain, ...lossRuleArgs(rule.lossPercent)]);
          if (added.exitCode !== 0) throw new ClusterError(`iptables could not add the loss rule on ${target.tmId}: ${added.output.trim()}`);
        }
      }
    } catch (error) {
      // Leave nothing behind: no half-set rule, no helper.
      await this.clear(target).catch(() => undefined);
      throw error;
    }
    return this.show(target);
  }

  /** The TaskManager's qdisc and drop rules ('' when the helper is gone). */
  async show(target: NetemTarget): Promise<string> {
    const helper = await this.findHelper(target);
    return helper ? this.rules(helper) : '';
  }

  /** What the TaskManager's namespace holds, through a fresh helper removed afterwards: proof that nothing is left. */
  async inspect(target: NetemTarget): Promise<string> {
    const helper = await this.helper(target);
    try {
      return await this.rules(helper);
    } finally {
      await this.runtime.removeContainer(helper);
    }
  }

  /** Deletes the rule (a TaskManager without one is fine) and removes the helper. */
  async clear(target: NetemTarget): Promise<string> {
    const helper = await this.findHelper(target);
    if (!helper) return '';
    for (const device of await this.devices(helper).catch(() => [])) await this.run(helper, ['tc', 'qdisc', 'del', 'dev', device, 'root']).catch(() => undefined);
    // Our DROP rules as `iptables -S` prints them ("-A INPUT -m statistic … -j DROP"), deleted one by one.
    const listed = (await this.run(helper, ['iptables', '-w', '-S']).catch(() => undefined))?.output.split('\n') ?? [];
    for (const line of listed.filter((l) => l.startsWith('-A ') && l.includes('statistic') && l.includes('DROP'))) {
      await this.run(helper, ['iptables', '-w', '-D', ...line.trim().split(/\s+/).slice(1)]).catch(() => undefined);
    }
    const left = await this.rules(helper).catch(() => '');
    await this.runtime.removeContainer(helper);
    return left;
  }

  /** `tc qdisc show` plus the DROP rules of `iptables -S`: what is in force on the TaskManager. */
  private async rules(helper: string): Promise<string> {
    const qdisc = (await this.run(helper, ['tc', 'qdisc', 'show'])).output.split('\n').filter((l) => !/ dev lo /.test(l)).join('\n').trim();
    const drops = (await this.run(helper, ['iptables', '-w', '-S'])).output.split('\n').filter((l) => l.includes('DROP'));
    return [qdisc, ...drops].join('\n').trim();
  }

  /** The namespace's interfaces other than lo, from `ip -o link show`. */
  private async devices(helper: string): Promise<string[]> {
    const out = (await this.run(helper, ['ip', '-o', 'link', 'show'])).output;
    return [...out.matchAll(/^\d+:\s+([^:@\s]+)/gm)].map((m) => m[1]!).filter((d) => d !== 'lo');
  }

  private run(helper: string, cmd: string[]) {
    return this.runtime.exec(helper, cmd, { user: '0', timeoutMs: 30_000 });
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
