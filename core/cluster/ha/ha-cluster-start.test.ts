// An HA cluster against the in-memory Docker (whose JobManagers answer REST on their ports):
// ZooKeeper and N JobManagers with their own ports and labels, TaskManagers with the HA mount,
// REST that survives the loss of the JobManager it was asking, adoption and clean-up.
import { describe, expect, it } from 'vitest';
import { adoptCluster } from '../adopt-cluster.js';
import { FlinkCluster } from '../flink-cluster.js';
import { parseFlinkProperties } from '../flink-properties.js';
import { LABEL_JM_ID, LABEL_JM_REST_PORT, LABEL_ROLE } from '../labels.js';
import { useFakeDockerProject } from '../test-support/fake-docker-project.js';

const project = useFakeDockerProject('flinkft-ha-');

function haBuilder(): FlinkCluster {
  return new FlinkCluster(project.docker).withWorkspace(project.workspace).withImage('flinkft/flink:test').withRestPort(project.port).withTaskManagers(2).withHighAvailability(2);
}

describe('FlinkCluster.withHighAvailability', () => {
  it('starts ZooKeeper and two JobManagers on their own ports; every container has the HA keys, TaskManagers the HA storage', async () => {
    const cluster = await haBuilder().start();
    const specs = [...project.docker.containers.values()].map((c) => c.spec);
    const byRole = (role: string) => specs.filter((s) => s.labels[LABEL_ROLE] === role);
    expect(byRole('zookeeper').map((s) => s.cmd)).toEqual([['/opt/flink/bin/zookeeper.sh', 'start-foreground', '1']]);
    const jms = byRole('jobmanager');
    expect(jms.map((s) => [s.hostname, s.labels[LABEL_JM_ID]])).toEqual([['jm-1', 'jm-1'], ['jm-2', 'jm-2']]);
    const ports = jms.map((s) => Number(s.labels[LABEL_JM_REST_PORT]));
    expect(ports[0]).toBe(project.port);
    expect(ports[1]).toBeGreaterThan(project.port);
    expect(jms.map((s) => s.ports?.[0]?.hostPort)).toEqual(ports);
    for (const spec of [...jms, ...byRole('taskmanager')]) {
      const props = parseFlinkProperties(spec.env['FLINK_PROPERTIES'] ?? '');
      expect(props['high-availability.type']).toBe('zookeeper');
      expect(props['high-availability.zookeeper.quorum']).toBe('zookeeper:2181');
      expect(props['high-availability.cluster-id']).toBe(cluster.name);
    }
    expect(parseFlinkProperties(jms[1]!.env['FLINK_PROPERTIES']!)['rest.address']).toBe('jm-2');
    for (const tm of byRole('taskmanager')) expect(tm.binds?.map((b) => b.containerPath)).toContain('/flink-data/ha');
    expect((await cluster.jobManagers()).map((jm) => `${jm.id} ${jm.state} ${jm.restUrl}`)).toEqual([`jm-1 running http://127.0.0.1:${ports[0]}`, `jm-2 running http://127.0.0.1:${ports[1]}`]);
  });

  it('REST keeps answering through the other JobManager when the one it asked is killed; up starts the killed one again', async () => {
    const cluster = await haBuilder().start();
    await cluster.killJobManager('jm-1');
    expect((await cluster.rest.overview()).taskmanagers).toBe(2);
    const adopted = (await adoptCluster(project.docker, { workspace: project.workspace }))!;
    expect(adopted.highAvailability).toBe(true);
    expect(adopted.blueprint.jobManagers?.map((jm) => jm.id)).toEqual(['jm-1', 'jm-2']);
    expect((await adopted.rest.overview()).taskmanagers).toBe(2);
    const again = await haBuilder().start();
    expect(again.adopted).toBe(true);
    expect((await again.jobManagers()).map((jm) => jm.state)).toEqual(['running', 'running']);
  });

  it('down removes ZooKeeper with everything else', async () => {
    const cluster = await haBuilder().start();
    await cluster.down();
    expect(project.docker.containers.size).toBe(0);
  });
});
