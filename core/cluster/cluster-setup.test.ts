import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { clusterBuilderFor, clusterSetupFor, resolveClusterSetup } from './cluster-setup.js';
import { DEFAULT_CLUSTER_SETTINGS } from './cluster-settings.js';
import { resolveClusterImage } from './image-resolver.js';
import { flinkVersionIn } from './project-flink-version.js';
import { FakeDocker } from './test-support/fake-docker.js';
import { freePort } from '../flink-rest/test-support/free-port.js';

describe('resolveClusterImage', () => {
  const offline = { FLINKFT_IMAGE: 'flinkft/flink:1.20.5-java17' };
  it('takes the image, then the version, then $FLINKFT_IMAGE, then the project version, then the default', () => {
    expect(resolveClusterImage({ image: ' my/flink:x ', flinkVersion: '1.19' }, { env: offline, projectFlinkVersion: '1.18.1' })).toBe('my/flink:x');
    expect(resolveClusterImage({ flinkVersion: '1.19' }, { env: offline, projectFlinkVersion: '1.18.1' })).toBe('flink:1.19-java17');
    expect(resolveClusterImage({}, { env: offline, projectFlinkVersion: '1.18.1' })).toBe('flinkft/flink:1.20.5-java17');
    expect(resolveClusterImage({}, { env: {}, projectFlinkVersion: '1.18.1' })).toBe('flink:1.18.1-java17');
    expect(resolveClusterImage({}, { env: {} })).toBe('flink:1.20-java17');
  });

  it('counts blank values as absent (an empty setting, FLINKFT_IMAGE= in a shell)', () => {
    expect(resolveClusterImage({ image: '', flinkVersion: '  ' }, { env: { FLINKFT_IMAGE: '  ' }, projectFlinkVersion: '' })).toBe('flink:1.20-java17');
  });
});

describe('flinkVersionIn', () => {
  it('finds the version in Maven properties, Gradle variables and dependency coordinates', () => {
    expect(flinkVersionIn('<properties>\n  <flink.version>1.20.1</flink.version>\n</properties>')).toBe('1.20.1');
    expect(flinkVersionIn("def flinkVersion = '1.19.2'")).toBe('1.19.2');
    expect(flinkVersionIn('flink_version=1.18')).toBe('1.18');
    expect(flinkVersionIn('implementation "org.apache.flink:flink-streaming-java:1.17.2"')).toBe('1.17.2');
    expect(
      flinkVersionIn('<groupId>org.apache.flink</groupId>\n  <artifactId>flink-clients</artifactId>\n  <version>1.20.0</version>'),
    ).toBe('1.20.0');
    expect(flinkVersionIn('<flink.version>${parent.version}</flink.version>')).toBeUndefined();
  });
});

describe('resolveClusterSetup', () => {
  it('fills what the settings leave out with the defaults', () => {
    expect(resolveClusterSetup('/p', {}, { env: {} })).toEqual({
      workspace: '/p',
      image: 'flink:1.20-java17',
      taskManagers: 2,
      slots: 2,
      restPort: 8081,
      allowNextFreePort: false,
      flinkProperties: {},
    });
    expect(DEFAULT_CLUSTER_SETTINGS).toEqual({ taskManagers: 2, slots: 2, restPort: 8081, allowNextFreePort: false, kafka: false, highAvailability: false, jobManagers: 2, localRecovery: false });
  });

  it('turns task-local recovery on beneath the user\'s own Flink properties', () => {
    expect(resolveClusterSetup('/p', { localRecovery: true }, { env: {} }).flinkProperties).toEqual({ 'state.backend.local-recovery': 'true' });
    expect(resolveClusterSetup('/p', { localRecovery: true, flinkProperties: { 'state.backend.local-recovery': 'false' } }, { env: {} }).flinkProperties).toEqual({ 'state.backend.local-recovery': 'false' });
  });

  it('adds the Kafka broker on request: the setting, else $FLINKFT_KAFKA_IMAGE, else the official image', () => {
    expect(resolveClusterSetup('/p', { kafka: true }, { env: {} }).kafka).toEqual({ image: 'apache/kafka:4.1.1' });
    expect(resolveClusterSetup('/p', { kafka: true, kafkaPort: 29092 }, { env: { FLINKFT_KAFKA_IMAGE: 'flinkft/kafka:local' } }).kafka).toEqual({
      image: 'flinkft/kafka:local',
      hostPort: 29092,
    });
    expect(resolveClusterSetup('/p', { kafka: true, kafkaImage: 'my/kafka:1' }, { env: { FLINKFT_KAFKA_IMAGE: 'flinkft/kafka:local' } }).kafka?.image).toBe('my/kafka:1');
    expect(resolveClusterSetup('/p', { kafkaImage: 'my/kafka:1' }, { env: {} }).kafka).toBeUndefined();
  });

  it('keeps what the settings say', () => {
    const settings = { taskManagers: 0, slots: 4, restPort: 18085, allowNextFreePort: true, image: 'flinkft/flink:local', flinkProperties: { 'heartbeat.timeout': '8000' } };
    expect(resolveClusterSetup('/p', settings, { env: {} })).toEqual({ workspace: '/p', ...settings });
  });
});

describe('clusterSetupFor', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it("reads the project's Flink version for the image", async () => {
    dir = await mkdtemp(join(tmpdir(), 'flinkft-setup-'));
    await writeFile(join(dir, 'pom.xml'), '<project><properties><flink.version>1.19.1</flink.version></properties></project>');
    expect((await clusterSetupFor(dir, {}, {})).image).toBe('flink:1.19.1-java17');
    expect((await clusterSetupFor(dir, {}, { FLINKFT_IMAGE: 'flinkft/flink:local' })).image).toBe('flinkft/flink:local');
  });
});

describe('clusterBuilderFor', () => {
  it('starts the cluster the set-up describes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'flinkft-builder-'));
    const docker = new FakeDocker();
    try {
      const restPort = await freePort();
      const settings = { taskManagers: 1, slots: 3, restPort, image: 'flinkft/flink:local', flinkProperties: { 'web.refresh-interval': '200' } };
      const cluster = await clusterBuilderFor(docker, resolveClusterSetup(dir, settings, { env: {} })).start();
      expect(cluster.blueprint).toMatchObject({ workspace: dir, image: 'flinkft/flink:local', restPort });
      expect(cluster.blueprint.properties).toMatchObject({ 'taskmanager.numberOfTaskSlots': '3', 'web.refresh-interval': '200' });
      expect((await cluster.taskManagers()).map((tm) => tm.id)).toEqual(['tm-1']);
    } finally {
      await docker[Symbol.asyncDispose]();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
