// High availability for the local cluster: one ZooKeeper (the server Flink's own distribution ships,
// bin/zookeeper.sh, so no other image is needed) and several JobManagers, one leading. TaskManagers
// and standbys find the leader through ZooKeeper; the HA storage is `.flink/ha`, mounted everywhere.
import { CONTAINER_DATA_DIR, CONTAINER_WORKSPACE_DIR, renderFlinkProperties } from '../flink-properties.js';
import { jobManagerLabels, zooKeeperLabels } from '../labels.js';
import type { BindMount, ContainerSpec } from '../runtime/runtime-client.js';
import { projectDirs } from '../project-dirs.js';
import type { ClusterBlueprint } from '../cluster-blueprint.js';

export const ZOOKEEPER_ALIAS = 'zookeeper';
export const ZOOKEEPER_CLIENT_PORT = 2181;
export const CONTAINER_HA_DIR = `${CONTAINER_DATA_DIR}/ha`;
const REST_CONTAINER_PORT = 8081;

/** One JobManager of an HA cluster: its id (jm-N, also its hostname) and its host REST port. */
export interface JobManagerSlot {
  id: string;
  restPort: number;
}

export function jobManagerHaId(n: number): string {
  return `jm-${n}`;
}

export function zooKeeperContainerName(cluster: string): string {
  return `flinkft-${cluster}-zookeeper`;
}

export function haJobManagerContainerName(cluster: string, jmId: string): string {
  return `flinkft-${cluster}-${jmId}`;
}

/**
 * The HA keys every container gets. The session timeout decides how fast a standby notices a dead
 * leader (its ZooKeeper session must expire first): Flink asks for 60 s, which ZooKeeper caps at
 * 40 s (20 ticks of 2 s); 8 s keeps a JobManager kill drill short and tolerates a loaded machine.
 */
export function haProperties(cluster: string): Record<string, string> {
  return {
    'high-availability.type': 'zookeeper',
    'high-availability.zookeeper.quorum': `${ZOOKEEPER_ALIAS}:${ZOOKEEPER_CLIENT_PORT}`,
    'high-availability.storageDir': `file://${CONTAINER_HA_DIR}`,
    'high-availability.cluster-id': cluster,
    'high-availability.zookeeper.client.session-timeout': '8000',
    'high-availability.zookeeper.client.connection-timeout': '8000',
  };
}

/** True when the cluster's Flink configuration says ZooKeeper HA (works for adopted clusters too). */
export function isHighAvailability(properties: Readonly<Record<string, string>>): boolean {
  return properties['high-availability.type'] === 'zookeeper' || properties['high-availability'] === 'zookeeper';
}

export function zooKeeperSpec(bp: ClusterBlueprint, network: string): ContainerSpec {
  return {
    name: zooKeeperContainerName(bp.name),
    image: bp.image,
    // The image's pass-through mode runs it as uid 9999; zoo.cfg of the distribution: port 2181, one peer.
    cmd: ['/opt/flink/bin/zookeeper.sh', 'start-foreground', '1'],
    hostname: ZOOKEEPER_ALIAS,
    env: {},
    labels: zooKeeperLabels(bp.labels),
    network,
    networkAliases: [ZOOKEEPER_ALIAS],
    binds: [],
  };
}

/**
 * A JobManager of an HA cluster: its own hostname and RPC/REST address (what ZooKeeper publishes as
 * the leader's), its own log folder and its own host port; every JobManager's REST answers with the
 * leader's view, so any live one serves the client.
 */
export function haJobManagerSpec(bp: ClusterBlueprint, network: string, slot: JobManagerSlot, logDir: string): ContainerSpec {
  const properties = { ...bp.properties, 'jobmanager.rpc.address': slot.id, 'rest.address': slot.id, 'rest.bind-address': '0.0.0.0' };
  return {
    name: haJobManagerContainerName(bp.name, slot.id),
    image: bp.image,
    cmd: ['jobmanager'],
    hostname: slot.id,
    env: { STD_REDIRECT_TO_FILE: 'true', FLINK_LOG_DIR: logDir, JOB_MANAGER_RPC_ADDRESS: slot.id, FLINK_PROPERTIES: renderFlinkProperties(properties) },
    labels: jobManagerLabels(bp.labels, { jmId: slot.id, restPort: slot.restPort }),
    network,
    // jm-1 also answers to `jobmanager`, the name non-HA set-ups (and users' scripts) use.
    networkAliases: slot.id === jobManagerHaId(1) ? [slot.id, 'jobmanager'] : [slot.id],
    binds: [
      { hostPath: projectDirs(bp.workspace).root, containerPath: CONTAINER_DATA_DIR },
      { hostPath: bp.workspace, containerPath: CONTAINER_WORKSPACE_DIR, readOnly: true },
    ],
    ports: [{ containerPort: REST_CONTAINER_PORT, hostIp: '127.0.0.1', hostPort: slot.restPort }],
  };
}

/** TaskManagers of an HA cluster create Flink's HA services too, which need the storage folder. */
export function haTaskManagerBinds(workspace: string): BindMount[] {
  return [{ hostPath: `${projectDirs(workspace).root}/ha`, containerPath: CONTAINER_HA_DIR }];
}


