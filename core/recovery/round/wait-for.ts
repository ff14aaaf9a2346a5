// The drill's waits: a Wait strategy whose timeout is not an error but a finding. A step that
// times out records what was awaited and what was last seen, in the strategy's own words.
import { Wait, isWaitFailedError, isWaitTimeoutError, type CheckResult } from '../../cluster/index.js';
import type { ResolvedDrillOptions } from '../drill-options.js';

export type Waited<T> = { ok: true; value: T } | { ok: false; seen: string; elapsedMs?: number };

export async function waitFor<T>(
  options: Pick<ResolvedDrillOptions, 'pollIntervalMs' | 'signal'>,
  timeoutMs: number,
  description: string,
  check: (signal: AbortSignal | undefined) => Promise<CheckResult<T>>,
): Promise<Waited<T>> {
  try {
    const value = await Wait.until(description, check).withTimeout(timeoutMs).withPollInterval(options.pollIntervalMs).waitUntilReady({ signal: options.signal });
    return { ok: true, value };
  } catch (error) {
    if (isWaitTimeoutError(error)) return { ok: false, seen: error.lastSeen, elapsedMs: error.elapsedMs };
    if (isWaitFailedError(error)) return { ok: false, seen: error.seen };
    throw error;
  }
}

/** Shorthands for a check's answer. */
export const done = <T>(value: T): CheckResult<T> => ({ state: 'done', value });
export const pending = (seen: string): CheckResult<never> => ({ state: 'pending', seen });
