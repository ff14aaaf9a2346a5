import { setTimeout as delay } from 'node:timers/promises';
import { managedFilter } from './labels.js';
import type { ContainerSummary, RuntimeClient } from './runtime/runtime-client.js';

/** Thrown by watchContainers when a container of the cluster stops during start-up. */
export class ContainerExitedDuringStart extends Error {
  override name = 'ContainerExitedDuringStart';

  constructor(readonly container: ContainerSummary) {
    super(`container ${container.name} is ${container.state}`);
  }
}

/**
 * Rejects as soon as a container of the cluster is no longer running, so a JobManager that dies at
 * start-up fails the start at once instead of after the whole start-up timeout. Runs until aborted.
 */
export async function watchContainers(
  runtime: RuntimeClient,
  cluster: string,
  signal: AbortSignal,
  intervalMs = 500,
  /** Only these (one added TaskManager): the cluster's killed ones stay exited and must not count. */
  which: (container: ContainerSummary) => boolean = () => true,
): Promise<never> {
  for (;;) {
    const containers = await runtime.listContainers(managedFilter(cluster));
    const dead = containers.find((c) => which(c) && (c.state === 'exited' || c.state === 'dead'));
    if (dead) throw new ContainerExitedDuringStart(dead);
    await delay(intervalMs, undefined, { signal });
  }
}
