// What `flink-ft recover` and the editor's recovery tests both hand the drill for one job: the job
// with the negative control's arguments, and the output assertion. One set-up, so the same job gets
// the same check from either face.
import type { DrillJobSpec } from './drill-adapters.js';
import { assertionFor, loadAssertionConfig } from './assertion-config.js';
import { CONTROL_ARGS, isProbeJob, isProbeProject } from './probe-jobs.js';
import type { ProgressAssertion } from './progress-assertion.js';

export interface RecoveryCheckRequest {
  /** The project folder: its flink-ft-recovery.json is read, an assertion script runs in it. */
  workspace: string | undefined;
  artifact: string;
  entryClass?: string | undefined;
  args?: readonly string[];
  /** The negative control: checkpointing off, the drill must show state lost. */
  control?: boolean;
  /** Asked for on this run (`--assert-regex`, `--assert-script`); wins over the project's file. */
  assertRegex?: string | undefined;
  assertScript?: string | undefined;
}

export interface RecoveryCheckSetup {
  job: DrillJobSpec & { args: string[] };
  control: boolean;
  /** Absent: the drill judges the probe format, or the output's own fields. */
  assertion?: ProgressAssertion;
}

export async function setUpRecoveryCheck(request: RecoveryCheckRequest): Promise<RecoveryCheckSetup> {
  const control = request.control ?? false;
  const identity = { artifact: request.artifact, ...(request.entryClass && { entryClass: request.entryClass }) };
  // Only the probes know the control's arguments; other jobs run as given (and the control shows it).
  const args = [...(request.args ?? []), ...(control && takesControlArgs(identity) ? CONTROL_ARGS : [])];
  const assertion = await chooseAssertion(request, identity);
  return { job: { ...identity, args }, control, ...(assertion && { assertion }) };
}

/** A probe by entry class or script, or a probe project (`examples/probe/java`, `java-flink2`) with the class from its manifest. */
export function takesControlArgs(job: { artifact: string; entryClass?: string }): boolean {
  return isProbeJob(job.entryClass ?? job.artifact) || isProbeProject(job.artifact);
}

async function chooseAssertion(request: RecoveryCheckRequest, job: { artifact: string; entryClass?: string }): Promise<ProgressAssertion | undefined> {
  if (request.assertRegex) return { kind: 'regex', pattern: request.assertRegex };
  if (request.assertScript) return { kind: 'script', command: request.assertScript, ...(request.workspace && { cwd: request.workspace }) };
  if (!request.workspace) return undefined;
  return assertionFor(await loadAssertionConfig(request.workspace), job);
}
