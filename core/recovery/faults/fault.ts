// A fault the drill injects in a kill round. Today one kind: SIGKILL a TaskManager
// (task-manager-kill.ts). JobManager kills, pauses and network faults are further implementations:
// the round's other steps (failure observed, running again, restored, …) do not change.
import type { RoundContext } from '../round/round-context.js';

export interface FaultTarget {
  /** What the fault hits: a TaskManager id, later the JobManager or a link. */
  id: string;
  /** The container it runs in, when there is one. */
  container?: string;
}

export type TargetChoice =
  | { ok: true; target: FaultTarget; seen: string; evidence: Record<string, unknown> }
  | {
      ok: false;
      expected: string;
      seen: string;
      message?: string;
      evidence: Record<string, unknown>;
      /** Asked for explicitly (e.g. --target): inject anyway, though it can prove nothing. */
      injectAnyway?: FaultTarget;
    };

export interface InjectedFault {
  /** Just before the fault was issued: what restarts after it counts as recovery. */
  issuedAt: number;
  /** When the injection returned (a Docker kill can take a second on a loaded machine). */
  doneAt: number;
  seen: string;
  evidence: Record<string, unknown>;
  /** What the fault started to replace what it took (a new TaskManager), once it runs. */
  replacement: Promise<string | undefined>;
  /** The latest checkpoint completed when the fault hit, when the fault knows it better than REST after it (the HA store). */
  lastCompletedCheckpoint?: number;
  /** The fault ended the job for good (a JobManager kill without HA): the round records why and stops. */
  jobEnded?: { expected: string; seen: string; message: string; evidence: Record<string, unknown> };
}

export interface Fault {
  /** The injection step's title, e.g. "TaskManager killed (SIGKILL)". */
  readonly title: string;
  /** What it does to a target, for progress lines: "SIGKILL tm-1". */
  action(target: FaultTarget): string;
  /** Chooses where to inject, from where the job runs. */
  pickTarget(ctx: RoundContext): Promise<TargetChoice>;
  inject(ctx: RoundContext, target: FaultTarget): Promise<InjectedFault>;
  /** After the drill, whatever happened: remove what the faults left behind (killed containers). */
  cleanUp(ctx: Pick<RoundContext, 'cluster'>): Promise<void>;
}
