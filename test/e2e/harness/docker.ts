// What the extension left in Docker for one workspace, found by the labels it puts on everything it
// creates (dev.flinkft.*), and a clean-up by the same labels for afterAll.
import Docker from 'dockerode';

const LABEL_MANAGED = 'dev.flinkft.managed';
const LABEL_WORKSPACE = 'dev.flinkft.workspace';

export interface LabelledContainer {
  name: string;
  role: string;
  tmId?: string;
  state: string;
}

/** dockerode finds the engine like the extension does: DOCKER_HOST, else /var/run/docker.sock. */
export function docker(): Docker {
  return new Docker();
}

function filters(workspace: string): string {
  // Scoped to this workspace: other test runs may have their own labelled clusters on the engine.
  return JSON.stringify({ label: [`${LABEL_MANAGED}=true`, `${LABEL_WORKSPACE}=${workspace}`] });
}

export async function labelledContainers(workspace: string): Promise<LabelledContainer[]> {
  const found = await docker().listContainers({ all: true, filters: filters(workspace) });
  return found
    .map((container) => ({
      name: (container.Names[0] ?? '').replace(/^\//, ''),
      role: container.Labels['dev.flinkft.role'] ?? '',
      ...(container.Labels['dev.flinkft.tm-id'] ? { tmId: container.Labels['dev.flinkft.tm-id'] } : {}),
      state: container.State,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export async function labelledNetworks(workspace: string): Promise<string[]> {
  return (await docker().listNetworks({ filters: filters(workspace) })).map((network) => network.Name).sort();
}

/** Force-removes this workspace's labelled containers, then networks. Returns what it removed. */
export async function removeLabelled(workspace: string): Promise<string[]> {
  const engine = docker();
  const removed: string[] = [];
  for (const container of await engine.listContainers({ all: true, filters: filters(workspace) })) {
    await engine.getContainer(container.Id).remove({ force: true, v: true }).catch(() => undefined);
    removed.push(container.Names[0] ?? container.Id);
  }
  for (const network of await engine.listNetworks({ filters: filters(workspace) })) {
    await engine.getNetwork(network.Id).remove().catch(() => undefined);
    removed.push(network.Name);
  }
  return removed;
}

/** After a scenario file: whatever a failed step left running goes, found by the labels the extension put on it. */
export async function removeLeftovers(workspace: string): Promise<void> {
  const left = await removeLabelled(workspace);
  if (left.length > 0) console.warn(`removed left-over Docker resources: ${left.join(', ')}`);
}
