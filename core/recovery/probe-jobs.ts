// The bundled probe jobs (examples/probe) as drill specs, with the arguments of the negative control.
import { join } from 'node:path';
import type { DrillJobSpec } from './drill-adapters.js';

export type ProbeKind = 'java' | 'python' | 'unreplayable';

export const PROBE_ENTRY_CLASS = 'dev.flinkft.probe.FaultToleranceProbe';
export const UNREPLAYABLE_ENTRY_CLASS = 'dev.flinkft.probe.UnreplayableProbe';

/** Checkpointing off and a restart strategy, so the job restarts from nothing: state lost, source from 0. */
export const CONTROL_ARGS: readonly string[] = ['--checkpointing', 'false', '--restart-attempts', '3'];

/** `root` is the repository (or an installed extension) folder holding `examples/probe`. */
export function probeJob(root: string, kind: ProbeKind, options: { control?: boolean; args?: readonly string[] } = {}): DrillJobSpec {
  const args = [...(options.args ?? []), ...(options.control ? CONTROL_ARGS : [])];
  if (kind === 'python') return { artifact: join(root, 'examples/probe/python/probe.py'), args };
  return {
    artifact: join(root, 'examples/probe/java'),
    entryClass: kind === 'java' ? PROBE_ENTRY_CLASS : UNREPLAYABLE_ENTRY_CLASS,
    args,
  };
}

/** Whether a job (by entry class or script path) is one of the probes, which take the control's arguments. */
export function isProbeJob(entry: string): boolean {
  return entry === PROBE_ENTRY_CLASS || entry === UNREPLAYABLE_ENTRY_CLASS || /(^|[\\/])probe\.py$/.test(entry);
}
