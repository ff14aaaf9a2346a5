import { AbstractWaitStrategy, type CheckResult, type WaitTarget } from './wait-strategy.js';

/** Waits until GET <restUrl><path> answers with the expected status (the web UI or any REST path). */
export class HttpWaitStrategy extends AbstractWaitStrategy<void> {
  readonly description: string;

  constructor(
    private readonly path: string,
    private readonly expectedStatus = 200,
  ) {
    super();
    this.description = `HTTP ${expectedStatus} from GET ${path}`;
  }

  protected async check(target: WaitTarget): Promise<CheckResult<void>> {
    const signals = [AbortSignal.timeout(Math.max(this.pollIntervalMs, 2_000))];
    if (target.signal) signals.push(target.signal);
    const response = await fetch(target.restUrl.replace(/\/+$/, '') + this.path, { signal: AbortSignal.any(signals) });
    // Only the status matters; cancelling (not draining) keeps an endless body from costing anything.
    await response.body?.cancel().catch(() => undefined);
    return response.status === this.expectedStatus ? { state: 'done', value: undefined } : { state: 'pending', seen: `HTTP ${response.status}` };
  }
}
