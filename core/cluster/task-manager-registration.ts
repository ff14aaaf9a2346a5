// Waiting for an added TaskManager to register, failing at once when its container exits first.
import { collectLogTail } from './container-log-tail.js';
import { ContainerExitedDuringStart, watchContainers } from './container-watch.js';
import { ContainerStartError } from './errors/container-start-error.js';
import type { RuntimeClient } from './runtime/runtime-client.js';
import { Wait } from './wait/wait.js';
import type { WaitTarget } from './wait/wait-strategy.js';

export interface NewTaskManager {
  runtime: RuntimeClient;
  cluster: string;
  target: (signal: AbortSignal) => WaitTarget;
  id: string;
  containerId: string;
  /** Its `.flink/logs/<id>` folder, read for the log tail ('' when unknown). */
  logDir: string;
}

/**
 * Until Flink lists the new TaskManager; a container that exits first (a memory limit Flink cannot
 * fit in, a bad setting) fails at once with its exit code and last log lines, not after the timeout.
 * The exited container stays, like a killed one: its logs are in `.flink/logs/<id>`.
 */
export async function waitUntilRegistered(tm: NewTaskManager, timeoutMs: number): Promise<void> {
  const stop = new AbortController();
  try {
    await Promise.race([
      Wait.forTaskManagers({ present: [tm.id] }).withTimeout(timeoutMs).waitUntilReady(tm.target(stop.signal)),
      watchContainers(tm.runtime, tm.cluster, stop.signal, 500, (c) => c.id === tm.containerId),
    ]);
  } catch (error) {
    if (!(error instanceof ContainerExitedDuringStart)) throw error;
    const details = await tm.runtime.inspectContainer(tm.containerId).catch(() => undefined);
    const reason = `it exited with code ${details?.exitCode ?? '?'}${details?.oomKilled ? ' (out of memory)' : ''} before registering with the JobManager`;
    const logTail = await collectLogTail(tm.runtime, tm.containerId, tm.logDir);
    const nextStep = 'It stays (exited, its logs kept) until `cluster down`; fix the cause shown below and add a TaskManager again.';
    throw new ContainerStartError({ container: error.container.name, reason, logTail, nextStep }, { cause: error });
  } finally {
    stop.abort();
  }
}
