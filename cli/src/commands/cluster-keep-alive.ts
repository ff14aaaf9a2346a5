/**
 * Holds the event loop open while `fn` runs. Seen on Node 20: a fetch to a port Docker has already
 * published, before the JobManager listens behind it, can stall with no referenced handle left (its
 * abort timer is unref'd), so the process would exit mid-`up` with code 0 and no output. With the
 * loop held, the REST timeout fires and the wait strategy polls again.
 */
export async function withProcessKeptAlive<T>(fn: () => Promise<T>): Promise<T> {
  const timer = setInterval(() => undefined, 60_000);
  try {
    return await fn();
  } finally {
    clearInterval(timer);
  }
}
