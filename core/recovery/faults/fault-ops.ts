// What the timed faults do to a TaskManager, as a narrow port: drill-adapters.ts implements it over
// a StartedFlinkCluster, the unit tests over a fake that remembers what is still in force.
import type { JobManagerControl } from './job-manager-kill.js';
import type { NetemRule } from '../../cluster/index.js';

export interface TaskManagerFaultOps {
  /** The cluster's JobManagers, for `kill-jm`. */
  jobManagers?: JobManagerControl;
  pause(tmId: string): Promise<void>;
  unpause(tmId: string): Promise<void>;
  /** Docker's state of the container: 'paused' while paused. */
  containerState(tmId: string): Promise<string>;
  disconnect(tmId: string): Promise<void>;
  reconnect(tmId: string): Promise<void>;
  connected(tmId: string): Promise<boolean>;
  /** Adds the tc netem rule; returns `tc qdisc show` afterwards. */
  applyNetem(tmId: string, rule: NetemRule): Promise<string>;
  /** Deletes it and removes the helper; returns what `tc qdisc show` still listed. */
  clearNetem(tmId: string): Promise<string>;
  /** Lowers its memory limit and fills it; resolves once the container exited, with Docker's State. */
  oomKill(tmId: string): Promise<{ oomKilled: boolean; exitCode: number; limitBytes: number }>;
  /** `tc qdisc show` on its interface, through a fresh helper (to prove no rule is left). */
  netemRules(tmId: string): Promise<string>;
}
