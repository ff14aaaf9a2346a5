import { setTimeout as delay } from 'node:timers/promises';

/** Polls a condition (no fixed sleeps in tests); fails with `what` after the timeout. */
export async function until(condition: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await delay(10);
  }
}
