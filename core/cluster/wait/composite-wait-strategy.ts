import type { WaitStrategy, WaitTarget } from './wait-strategy.js';

/**
 * Waits for several strategies at once. A timeout set here applies to every child; when one child
 * fails the others are stopped, so no poll loop outlives the wait.
 */
export class CompositeWaitStrategy implements WaitStrategy<void> {
  readonly description: string;

  constructor(private readonly strategies: readonly WaitStrategy[]) {
    this.description = strategies.map((s) => s.description).join(', and ');
  }

  withTimeout(ms: number): this {
    for (const s of this.strategies) s.withTimeout(ms);
    return this;
  }

  withPollInterval(ms: number): this {
    for (const s of this.strategies) s.withPollInterval(ms);
    return this;
  }

  async waitUntilReady(target: WaitTarget): Promise<void> {
    const controller = new AbortController();
    const signal = target.signal ? AbortSignal.any([target.signal, controller.signal]) : controller.signal;
    await Promise.all(
      this.strategies.map((s) =>
        s.waitUntilReady({ ...target, signal }).catch((error: unknown) => {
          // Stop the siblings; Promise.all already rejects with this first error.
          controller.abort(error);
          throw error;
        }),
      ),
    );
  }
}
