import { describe, expect, it } from 'vitest';
import { defaultClusterName, isValidClusterName, jobManagerSpec, limitsFromLabels, taskManagerSpec, type ClusterBlueprint } from './cluster-blueprint.js';
import { parseFlinkProperties } from './flink-properties.js';
import { clusterLabels } from './labels.js';

const bp: ClusterBlueprint = {
  name: 'demo',
  workspace: '/home/ada/job',
  image: 'flink:1.20-java17',
  restPort: 8081,
  properties: { 'jobmanager.rpc.address': 'jobmanager', 'taskmanager.numberOfTaskSlots': '2' },
  labels: clusterLabels({ cluster: 'demo', workspace: '/home/ada/job', restPort: 8081 }),
};

describe('container specs', () => {
  it('publishes the JobManager REST port on 127.0.0.1 only, with alias jobmanager and the whole .flink mounted', () => {
    const jm = jobManagerSpec(bp);
    expect(jm.name).toBe('flinkft-demo-jobmanager');
    expect(jm.cmd).toEqual(['jobmanager']);
    expect(jm.network).toBe('flinkft-demo');
    expect(jm.networkAliases).toEqual(['jobmanager']);
    expect(jm.ports).toEqual([{ containerPort: 8081, hostIp: '127.0.0.1', hostPort: 8081 }]);
    expect(jm.binds).toEqual([
      { hostPath: '/home/ada/job/.flink', containerPath: '/flink-data' },
      { hostPath: '/home/ada/job', containerPath: '/workspace', readOnly: true },
    ]);
    expect(jm.labels).toEqual({
      'dev.flinkft.managed': 'true',
      'dev.flinkft.cluster': 'demo',
      'dev.flinkft.workspace': '/home/ada/job',
      'dev.flinkft.rest-port': '8081',
      'dev.flinkft.role': 'jobmanager',
    });
    expect(jm.env['STD_REDIRECT_TO_FILE']).toBe('true');
    expect(jm.env['FLINK_LOG_DIR']).toBe('/flink-data/logs/jobmanager');
  });

  it('gives each TaskManager its resource id, hostname, labels and own log folder', () => {
    const tm = taskManagerSpec(bp, 'tm-3');
    expect(tm.name).toBe('flinkft-demo-tm-3');
    expect(tm.hostname).toBe('tm-3');
    expect(tm.ports ?? []).toEqual([]);
    expect(parseFlinkProperties(tm.env['FLINK_PROPERTIES']!)).toEqual({ ...bp.properties, 'taskmanager.resource-id': 'tm-3' });
    expect(tm.labels['dev.flinkft.tm-id']).toBe('tm-3');
    expect(tm.labels['dev.flinkft.role']).toBe('taskmanager');
    expect(tm.binds).toEqual([
      { hostPath: '/home/ada/job/.flink/checkpoints', containerPath: '/flink-data/checkpoints' },
      { hostPath: '/home/ada/job/.flink/savepoints', containerPath: '/flink-data/savepoints' },
      { hostPath: '/home/ada/job/.flink/logs/tm-3', containerPath: '/flink-data/logs' },
    ]);
  });
});

describe('cluster names', () => {
  it('derives a stable, Docker-safe name from the workspace path', () => {
    const name = defaultClusterName('/home/ada/My Flink Job!');
    expect(name).toMatch(/^my-flink-job-[0-9a-f]{6}$/);
    expect(defaultClusterName('/home/ada/My Flink Job!')).toBe(name);
    expect(defaultClusterName('/other/My Flink Job!')).not.toBe(name);
    expect(isValidClusterName(name)).toBe(true);
    expect(isValidClusterName('Bad Name')).toBe(false);
  });
});

describe('taskManagerSpec with limits', () => {
  it('puts CPU and memory limits on the container, slots and the process size in Flink, and the limits in labels', () => {
    const bp: ClusterBlueprint = { name: 'c', workspace: '/w', image: 'img', restPort: 8081, properties: { 'taskmanager.numberOfTaskSlots': '2' }, labels: {} };
    const spec = taskManagerSpec(bp, 'tm-3', { cpus: 0.5, memoryBytes: 1024 ** 3, slots: 4 });
    expect(spec.resources).toEqual({ cpus: 0.5, memoryBytes: 1024 ** 3 });
    expect(spec.env['FLINK_PROPERTIES']).toContain('taskmanager.numberOfTaskSlots: 4');
    expect(spec.env['FLINK_PROPERTIES']).toContain('taskmanager.memory.process.size: 921m');
    expect(limitsFromLabels(spec.labels)).toEqual({ cpus: 0.5, memoryBytes: 1024 ** 3, slots: 4 });
    const plain = taskManagerSpec(bp, 'tm-4');
    expect(plain.resources).toBeUndefined();
    expect(limitsFromLabels(plain.labels)).toBeUndefined();
  });
});
