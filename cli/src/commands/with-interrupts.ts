import { withProcessKeptAlive } from './cluster-keep-alive.js';

/**
 * Runs `work` with Ctrl+C (SIGINT) and SIGTERM calling `onInterrupt`, which aborts the signal it
 * is given so the work can clean up (remove a half-started cluster, cancel the drill's job). The
 * handlers are removed when the work ends; `enabled: false` keeps Node's default (exit at once).
 */
export async function withInterrupts<T>(
  onInterrupt: (controller: AbortController) => void,
  work: (signal: AbortSignal) => Promise<T>,
  { enabled = true }: { enabled?: boolean } = {},
): Promise<T> {
  const controller = new AbortController();
  const onSignal = (): void => onInterrupt(controller);
  if (enabled) {
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }
  try {
    return await withProcessKeptAlive(() => work(controller.signal));
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
