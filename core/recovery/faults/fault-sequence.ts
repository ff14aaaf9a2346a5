// Several `--fault` values in one drill: round 1 injects the first, round 2 the second, and so on
// (round N+1 the first again). Clean-up undoes all of them.
import type { RoundContext } from '../round/round-context.js';
import type { FailureExpectation, Fault, FaultTarget, InjectedFault, TargetChoice } from './fault.js';

export class FaultSequence implements Fault {
  private index = -1;

  constructor(private readonly faults: readonly Fault[]) {
    if (faults.length === 0) throw new RangeError('a fault sequence needs at least one fault');
  }

  /** The fault of the round in progress (the first before any round). */
  private get current(): Fault {
    return this.faults[Math.max(0, this.index) % this.faults.length]!;
  }

  get title(): string {
    return this.current.title;
  }
  get name(): string {
    return this.current.name;
  }
  get failure(): FailureExpectation {
    return this.current.failure;
  }
  get size(): number {
    return this.faults.length;
  }

  action(target: FaultTarget): string {
    return this.current.action(target);
  }

  /** Called once per round, first: moves on to the round's fault. */
  pickTarget(ctx: RoundContext): Promise<TargetChoice> {
    this.index++;
    return this.current.pickTarget(ctx);
  }

  inject(ctx: RoundContext, target: FaultTarget): Promise<InjectedFault> {
    return this.current.inject(ctx, target);
  }

  async cleanUp(ctx: Pick<RoundContext, 'cluster'>): Promise<void> {
    for (const f of this.faults) await f.cleanUp(ctx);
  }
}
