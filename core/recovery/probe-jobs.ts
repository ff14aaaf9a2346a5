// The bundled probe jobs (examples/probe) as drill specs, with the arguments of the negative control.
// The Java probe has one project per Flink line (2.x removed SourceFunction, which the 1.20
// UnreplayableProbe implements); the PyFlink probe runs unchanged on both.
import { join } from 'node:path';
import type { DrillJobSpec } from './drill-adapters.js';

export type ProbeKind = 'java' | 'python' | 'unreplayable';

export const PROBE_ENTRY_CLASS = 'dev.flinkft.probe.FaultToleranceProbe';
export const UNREPLAYABLE_ENTRY_CLASS = 'dev.flinkft.probe.UnreplayableProbe';
/** The 2.x twin of UnreplayableProbe: the same fault, on the Source API. */
export const UNREPLAYABLE_FLINK2_ENTRY_CLASS = 'dev.flinkft.probe.UnreplayableGeneratorProbe';

/** The probe projects under `examples/probe`, by Flink line. */
export const PROBE_JAVA_PROJECTS = { flink1: 'examples/probe/java', flink2: 'examples/probe/java-flink2' } as const;
export const PROBE_PYTHON_SCRIPT = 'examples/probe/python/probe.py';

/** Checkpointing off and a restart strategy, so the job restarts from nothing: state lost, source from 0. */
export const CONTROL_ARGS: readonly string[] = ['--checkpointing', 'false', '--restart-attempts', '3'];

export interface ProbeJobOptions {
  control?: boolean;
  args?: readonly string[];
  /** The cluster's (or project's) Flink version, e.g. `2.3` or `1.20.5`; absent: the 1.20 line. */
  flinkVersion?: string | undefined;
}

/** Whether a Flink version string (`2`, `2.3`, `2.3.0`) names the 2.x line or later. */
export function isFlink2OrLater(flinkVersion: string | undefined): boolean {
  const major = Number(/^\s*(\d+)/.exec(flinkVersion ?? '')?.[1] ?? 1);
  return major >= 2;
}

/** `root` is the repository (or an installed extension) folder holding `examples/probe`. */
export function probeJob(root: string, kind: ProbeKind, options: ProbeJobOptions = {}): DrillJobSpec {
  const args = [...(options.args ?? []), ...(options.control ? CONTROL_ARGS : [])];
  if (kind === 'python') return { artifact: join(root, PROBE_PYTHON_SCRIPT), args };
  const flink2 = isFlink2OrLater(options.flinkVersion);
  const unreplayable = flink2 ? UNREPLAYABLE_FLINK2_ENTRY_CLASS : UNREPLAYABLE_ENTRY_CLASS;
  return {
    artifact: join(root, flink2 ? PROBE_JAVA_PROJECTS.flink2 : PROBE_JAVA_PROJECTS.flink1),
    entryClass: kind === 'java' ? PROBE_ENTRY_CLASS : unreplayable,
    args,
  };
}

/** Whether a job (by entry class or script path) is one of the probes, which take the control's arguments. */
export function isProbeJob(entry: string): boolean {
  return [PROBE_ENTRY_CLASS, UNREPLAYABLE_ENTRY_CLASS, UNREPLAYABLE_FLINK2_ENTRY_CLASS].includes(entry) || /(^|[\\/])probe\.py$/.test(entry);
}

/** A probe project folder (either line), whose manifest names the probe's class. */
export function isProbeProject(artifact: string): boolean {
  return /examples[\\/]probe[\\/]java(-flink2)?[\\/]?$/.test(artifact);
}
