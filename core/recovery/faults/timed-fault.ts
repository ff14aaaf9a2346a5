// A fault held for a while on a TaskManager the job runs on, then undone: a pause, a partition, a
// netem rule. Undone after `holdMs`, or by cleanUp() at the end of the drill or on cancel,
// whichever comes first; cleanUp() then checks that nothing is left in force.
import type { RoundContext } from '../round/round-context.js';
import type { FailureExpectation, Fault, FaultTarget, InjectedFault, TargetChoice } from './fault.js';
import { pickTaskManager } from './pick-task-manager.js';

interface Active {
  tmId: string;
  timer: NodeJS.Timeout;
  undo: () => Promise<number>;
}

export abstract class TimedTaskManagerFault implements Fault {
  abstract readonly title: string;
  abstract readonly name: string;
  readonly failure: FailureExpectation = 'maybe';
  private readonly active = new Map<string, Active>();
  /** What cleanUp() found still in force after undoing, per TaskManager ('' when nothing). */
  readonly leftBehind: { tmId: string; seen: string }[] = [];

  constructor(readonly holdMs: number) {
    if (!Number.isFinite(holdMs) || holdMs <= 0) throw new RangeError(`a fault's duration must be above 0 ms, got ${holdMs}`);
  }

  abstract action(target: FaultTarget): string;
  /** Puts the fault in force; returns what shows it (Docker state, tc output). */
  protected abstract apply(tmId: string): Promise<{ seen: string; evidence: Record<string, unknown> }>;
  protected abstract revert(tmId: string): Promise<void>;
  /** What is still in force on the TaskManager after revert(): '' when nothing. */
  protected abstract stillInForce(tmId: string): Promise<string>;

  pickTarget(ctx: RoundContext): Promise<TargetChoice> {
    return pickTaskManager(ctx, this.title);
  }

  async inject(_ctx: RoundContext, target: FaultTarget): Promise<InjectedFault> {
    const issuedAt = Date.now();
    const applied = await this.apply(target.id);
    const doneAt = Date.now();
    let undone: Promise<number> | undefined;
    const undo = (): Promise<number> => (undone ??= this.revert(target.id).then(() => Date.now()));
    let resolveHealed!: (at: number) => void;
    const healed = new Promise<number>((resolve) => (resolveHealed = resolve));
    // The fault's own length, not a wait: when it ends the fault is lifted and the job may go on.
    const timer = setTimeout(() => void undo().then(resolveHealed, () => resolveHealed(Date.now())), this.holdMs);
    this.active.set(target.id, { tmId: target.id, timer, undo: () => undo().then((at) => (resolveHealed(at), at)) });
    return {
      issuedAt,
      doneAt,
      seen: `${applied.seen} for ${this.holdMs / 1000} s`,
      evidence: { fault: this.name, taskManager: target.id, container: target.container, issuedAt, appliedAt: doneAt, holdMs: this.holdMs, ...applied.evidence },
      replacement: Promise.resolve(undefined),
      healed,
      holdMs: this.holdMs,
    };
  }

  async cleanUp(): Promise<void> {
    for (const a of [...this.active.values()]) {
      clearTimeout(a.timer);
      await a.undo().catch(() => undefined);
      const seen = await this.stillInForce(a.tmId).catch((e: unknown) => `could not check: ${e instanceof Error ? e.message : String(e)}`);
      this.leftBehind.push({ tmId: a.tmId, seen });
      this.active.delete(a.tmId);
    }
  }
}
