import { managedFilter } from './labels.js';
import type { RuntimeClient } from './runtime/runtime-client.js';

/**
 * Removes the start marker, the containers, then the networks carrying our labels: one cluster's,
 * or (no name) every cluster we manage, e.g. leftovers of a crashed test run. The marker goes
 * first, so a removal cut short never leaves a cluster that looks completely started. Nothing
 * without `dev.flinkft.managed` is touched.
 */
export async function removeClusterResources(runtime: RuntimeClient, cluster?: string): Promise<{ containers: number; networks: number }> {
  const filter = managedFilter(cluster);
  for (const volume of await runtime.listVolumes(filter)) await runtime.removeVolume(volume.name);
  const containers = await runtime.listContainers(filter);
  await Promise.all(containers.map((c) => runtime.removeContainer(c.id)));
  const networks = await runtime.listNetworks(filter);
  for (const n of networks) await runtime.removeNetwork(n.id);
  return { containers: containers.length, networks: networks.length };
}
