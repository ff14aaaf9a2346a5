import { hostname } from 'node:os';
import type { RuntimeClient } from '../../../core/cluster/index.js';
import { LABEL_MANAGED } from '../../../core/cluster/index.js';

/**
 * Every cluster a test starts carries `dev.flinkft.test-run=<host>:<pid>`. Sweeps remove only
 * resources of test runs whose process is gone, so a crashed run is cleaned up while a concurrent
 * run (another engineer, another vitest) and users' own clusters are left alone.
 */
export const LABEL_TEST_RUN = 'dev.flinkft.test-run';

export function testRunLabel(pid = process.pid): Record<string, string> {
  return { [LABEL_TEST_RUN]: `${hostname()}:${pid}` };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isOrphan(labels: Record<string, string>, alsoMine: boolean): boolean {
  const run = labels[LABEL_TEST_RUN];
  if (!run) return false;
  const [host, pid] = run.split(':');
  if (host !== hostname()) return false;
  return (alsoMine && Number(pid) === process.pid) || !isAlive(Number(pid));
}

/** Removes managed start markers, containers and networks of dead test runs (and of this run when `alsoMine`). */
export async function sweepTestResources(runtime: RuntimeClient, alsoMine = false): Promise<number> {
  const volumes = (await runtime.listVolumes({ [LABEL_MANAGED]: 'true' })).filter((v) => isOrphan(v.labels, alsoMine));
  for (const v of volumes) await runtime.removeVolume(v.name);
  const containers = (await runtime.listContainers({ [LABEL_MANAGED]: 'true' })).filter((c) => isOrphan(c.labels, alsoMine));
  await Promise.all(containers.map((c) => runtime.removeContainer(c.id)));
  const networks = (await runtime.listNetworks({ [LABEL_MANAGED]: 'true' })).filter((n) => isOrphan(n.labels, alsoMine));
  for (const n of networks) await runtime.removeNetwork(n.id);
  return containers.length + networks.length;
}
