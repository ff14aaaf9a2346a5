// The faults a drill can inject, by their `--fault` names: the one list the CLI's help, the parser,
// the editor's test items and the docs follow. parseFaultSpec() checks a value without Docker;
// createFault() makes the Fault over a cluster's TaskManager operations.
import type { Fault } from './fault.js';
import type { TaskManagerFaultOps } from './fault-ops.js';
import { FaultSequence } from './fault-sequence.js';
import { JobManagerKill } from './job-manager-kill.js';
import { TaskManagerKill } from './task-manager-kill.js';
import { TaskManagerOom } from './task-manager-oom.js';
import { DEFAULT_NETEM_SECONDS, TaskManagerNetemFault } from './task-manager-netem.js';
import { DEFAULT_PARTITION_SECONDS, TaskManagerPartition } from './task-manager-partition.js';
import { DEFAULT_PAUSE_SECONDS, TaskManagerPause } from './task-manager-pause.js';

export interface FaultKind {
  name: string;
  /** Whether a value follows "=": none, optional (with a default) or required. */
  value: 'none' | 'optional' | 'required';
  valueName?: string;
  /** Smallest and largest value accepted. */
  range?: [number, number];
  defaultValue?: number;
  description: string;
}

export const FAULT_KINDS: readonly FaultKind[] = [
  { name: 'kill-tm', value: 'none', description: 'SIGKILL a TaskManager running the job, start a replacement (the default).' },
  { name: 'pause-tm', value: 'optional', valueName: 'SECONDS', range: [1, 600], defaultValue: DEFAULT_PAUSE_SECONDS, description: 'docker pause a TaskManager running the job, unpause it after SECONDS; the job must go on either way.' },
  { name: 'partition-tm', value: 'optional', valueName: 'SECONDS', range: [1, 600], defaultValue: DEFAULT_PARTITION_SECONDS, description: 'Disconnect a TaskManager running the job from the cluster network, reconnect it after SECONDS.' },
  { name: 'delay-tm', value: 'required', valueName: 'MS', range: [1, 60_000], description: `Delay its packets by MS (tc netem) for ${DEFAULT_NETEM_SECONDS} s; the report compares checkpoint durations.` },
  { name: 'loss-tm', value: 'required', valueName: 'PERCENT', range: [1, 100], description: `Drop PERCENT of its packets at random (iptables statistic, in and out) for ${DEFAULT_NETEM_SECONDS} s.` },
  { name: 'kill-jm', value: 'none', description: 'SIGKILL the leading JobManager: with high availability a standby takes over and the job recovers from its latest checkpoint; without it the job ends and the check says so.' },
  { name: 'oom-tm', value: 'none', description: 'Lower its memory limit and fill it: the kernel OOM-kills it (State.OOMKilled); a replacement starts.' },
];

export const DEFAULT_FAULT = 'kill-tm';

/** The other faults as the editor lists them (one test each under a job), with values that show something. */
export const FAULT_TEST_PRESETS: readonly string[] = ['pause-tm', 'partition-tm', 'delay-tm=300', 'loss-tm=20', 'oom-tm', 'kill-jm'];

export interface FaultSpec {
  kind: string;
  value?: number;
}

/** A --fault value that names no fault or carries a wrong value; the message lists the valid ones. */
export class FaultSpecError extends Error {
  override name = 'FaultSpecError';
}

export function validFaultsText(): string {
  return FAULT_KINDS.map((k) => (k.value === 'none' ? k.name : k.value === 'optional' ? `${k.name}[=${k.valueName}]` : `${k.name}=${k.valueName}`)).join(', ');
}

export function parseFaultSpec(text: string): FaultSpec {
  const [name = '', raw] = splitOnce(text.trim(), '=');
  const kind = FAULT_KINDS.find((k) => k.name === name);
  if (!kind) throw new FaultSpecError(`Unknown fault '${name}'. Valid faults: ${validFaultsText()}.`);
  if (raw === undefined) {
    if (kind.value === 'required') throw new FaultSpecError(`Fault '${name}' needs a value: ${name}=${kind.valueName}.`);
    return { kind: name, ...(kind.defaultValue !== undefined && { value: kind.defaultValue }) };
  }
  if (kind.value === 'none') throw new FaultSpecError(`Fault '${name}' takes no value, got '${text}'.`);
  const value = Number(raw);
  const [min, max] = kind.range ?? [0, Number.MAX_SAFE_INTEGER];
  if (!/^\d+$/.test(raw) || value < min || value > max) throw new FaultSpecError(`Fault '${name}' needs ${kind.valueName} as a whole number from ${min} to ${max}, got '${raw}'.`);
  return { kind: name, value };
}

export function createFault(spec: FaultSpec, ops: TaskManagerFaultOps): Fault {
  switch (spec.kind) {
    case 'kill-tm':
      return new TaskManagerKill();
    case 'pause-tm':
      return new TaskManagerPause(ops, spec.value);
    case 'partition-tm':
      return new TaskManagerPartition(ops, spec.value);
    case 'delay-tm':
      return new TaskManagerNetemFault(ops, { delayMs: spec.value! });
    case 'loss-tm':
      return new TaskManagerNetemFault(ops, { lossPercent: spec.value! });
    case 'oom-tm':
      return new TaskManagerOom(ops);
    case 'kill-jm':
      if (!ops.jobManagers) throw new FaultSpecError("Fault 'kill-jm' needs the cluster's JobManagers (a local cluster).");
      return new JobManagerKill(ops.jobManagers);
    default:
      throw new FaultSpecError(`Unknown fault '${spec.kind}'. Valid faults: ${validFaultsText()}.`);
  }
}

/** One fault per value, injected in turn (one per round); no values: the default kill. */
export function faultFromSpecs(specs: readonly FaultSpec[], ops: TaskManagerFaultOps): Fault {
  if (specs.length === 0) return new TaskManagerKill();
  if (specs.length === 1) return createFault(specs[0]!, ops);
  return new FaultSequence(specs.map((s) => createFault(s, ops)));
}

function splitOnce(text: string, sep: string): [string, string?] {
  const at = text.indexOf(sep);
  return at < 0 ? [text] : [text.slice(0, at), text.slice(at + 1)];
}
