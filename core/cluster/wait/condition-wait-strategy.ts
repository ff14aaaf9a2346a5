import { AbstractWaitStrategy, type CheckResult, type WaitSignal } from './wait-strategy.js';

/**
 * Waits for a condition the caller writes (the drill's "the job left RUNNING since the kill"),
 * with the same timeout, "last seen" and abort handling as every other strategy.
 */
export class ConditionWaitStrategy<T> extends AbstractWaitStrategy<T, WaitSignal> {
  constructor(
    readonly description: string,
    private readonly poll: (signal: AbortSignal | undefined) => Promise<CheckResult<T>>,
  ) {
    super();
  }

  protected check(target: WaitSignal): Promise<CheckResult<T>> {
    return this.poll(target.signal);
  }
}
