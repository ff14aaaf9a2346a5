import { isAbsolute } from 'node:path';
import { parseFlinkProperties } from './flink-properties.js';
import { LABEL_CLUSTER, LABEL_JM_ID, LABEL_JM_REST_PORT, LABEL_MANAGED, LABEL_REST_PORT, LABEL_ROLE, LABEL_WORKSPACE, clusterLevelLabels } from './labels.js';
import type { RuntimeClient } from './runtime/runtime-client.js';
import { StartedFlinkCluster } from './started-flink-cluster.js';

export type ClusterLookup = { name: string } | { workspace: string };

/**
 * Finds a cluster we started earlier (another CLI call, before a VS Code reload) by its labels and
 * returns a handle to it, or undefined. A running JobManager is preferred over a dead one.
 */
export async function adoptCluster(runtime: RuntimeClient, lookup: ClusterLookup): Promise<StartedFlinkCluster | undefined> {
  if ('workspace' in lookup && !isAbsolute(lookup.workspace)) throw new Error(`workspace must be an absolute path, got ${lookup.workspace}`);
  const filter: Record<string, string> = { [LABEL_MANAGED]: 'true', [LABEL_ROLE]: 'jobmanager' };
  if ('name' in lookup) filter[LABEL_CLUSTER] = lookup.name;
  else filter[LABEL_WORKSPACE] = lookup.workspace;
  const jms = await runtime.listContainers(filter);
  const jm = jms.find((c) => c.state === 'running') ?? jms[0];
  if (!jm) return undefined;
  const details = await runtime.inspectContainer(jm.id);
  // An HA cluster's JobManagers carry their id and port; the blueprint lists them for REST failover.
  const cluster = jm.labels[LABEL_CLUSTER] ?? '';
  const haJms = jm.labels[LABEL_JM_ID] ? await runtime.listContainers({ [LABEL_MANAGED]: 'true', [LABEL_ROLE]: 'jobmanager', [LABEL_CLUSTER]: cluster }) : [];
  const jobManagers = haJms
    .map((c) => ({ id: c.labels[LABEL_JM_ID] ?? '', restPort: Number(c.labels[LABEL_JM_REST_PORT]) }))
    .filter((s) => s.id !== '' && Number.isInteger(s.restPort))
    .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  const { 'jobmanager.rpc.address': _jm, 'rest.address': _rest, 'rest.bind-address': _bind, ...shared } = parseFlinkProperties(details.env['FLINK_PROPERTIES'] ?? '');
  return new StartedFlinkCluster(
    runtime,
    {
      name: jm.labels[LABEL_CLUSTER] ?? '',
      workspace: jm.labels[LABEL_WORKSPACE] ?? '',
      image: details.image,
      restPort: Number(jm.labels[LABEL_REST_PORT]),
      properties: jobManagers.length > 0 ? shared : parseFlinkProperties(details.env['FLINK_PROPERTIES'] ?? ''),
      labels: clusterLevelLabels(jm.labels),
      ...(jobManagers.length > 0 && { jobManagers }),
    },
    true,
  );
}

/** Our running JobManager that publishes this REST port, if any (to name the owner of a taken port). */
export async function clusterOnPort(runtime: RuntimeClient, port: number): Promise<{ cluster: string; workspace?: string } | undefined> {
  const jms = [
    ...(await runtime.listContainers({ [LABEL_MANAGED]: 'true', [LABEL_ROLE]: 'jobmanager', [LABEL_REST_PORT]: String(port) })),
    ...(await runtime.listContainers({ [LABEL_MANAGED]: 'true', [LABEL_ROLE]: 'jobmanager', [LABEL_JM_REST_PORT]: String(port) })),
  ];
  const jm = jms.find((c) => c.state === 'running');
  return jm && { cluster: jm.labels[LABEL_CLUSTER] ?? '?', workspace: jm.labels[LABEL_WORKSPACE] };
}
