import { setTimeout as delay } from 'node:timers/promises';

export interface PollOptions {
  timeoutMs: number;
  intervalMs?: number;
  signal?: AbortSignal;
}

/**
 * Calls `check` until it returns a value (not undefined), or throws `onTimeout()` once the time is
 * up. Polls a condition; never sleeps a fixed time to "let things settle".
 */
export async function pollUntil<T>(check: () => Promise<T | undefined>, options: PollOptions, onTimeout: () => Error): Promise<T> {
  const deadline = performance.now() + options.timeoutMs;
  const interval = options.intervalMs ?? 250;
  for (;;) {
    options.signal?.throwIfAborted();
    const value = await check();
    if (value !== undefined) return value;
    if (performance.now() >= deadline) throw onTimeout();
    await delay(interval, undefined, { signal: options.signal });
  }
}
