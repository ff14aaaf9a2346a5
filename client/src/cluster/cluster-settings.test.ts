import { describe, expect, it } from 'vitest';
import { resolveClusterImage, resolveDockerEndpoint, sanitizeFlinkProperties } from './cluster-settings.js';
import { flinkVersionIn } from './project-flink-version.js';

describe('resolveClusterImage', () => {
  it('uses the image setting, else the official image of the setting\'s, the project\'s or the default version', () => {
    expect(resolveClusterImage({ image: ' flinkft/flink:local ', flinkVersion: '1.19' }, '1.18.1')).toBe('flinkft/flink:local');
    expect(resolveClusterImage({ image: '', flinkVersion: '1.19' }, '1.18.1')).toBe('flink:1.19-java17');
    expect(resolveClusterImage({ image: '', flinkVersion: '' }, '1.18.1')).toBe('flink:1.18.1-java17');
    expect(resolveClusterImage({ image: '', flinkVersion: '' }, undefined)).toBe('flink:1.20-java17');
  });
});

describe('resolveDockerEndpoint', () => {
  it('reads a socket path, a unix:// or tcp:// URL, else DOCKER_HOST, else the default socket', () => {
    expect(resolveDockerEndpoint('/run/user/1000/docker.sock', {})).toEqual({ socketPath: '/run/user/1000/docker.sock' });
    expect(resolveDockerEndpoint('unix:///tmp/d.sock', { DOCKER_HOST: 'tcp://x:1' })).toEqual({ socketPath: '/tmp/d.sock' });
    expect(resolveDockerEndpoint('tcp://10.0.0.2:2375', {})).toEqual({ host: '10.0.0.2', port: 2375, protocol: 'http' });
    expect(resolveDockerEndpoint('', { DOCKER_HOST: 'unix:///tmp/e.sock' })).toEqual({ socketPath: '/tmp/e.sock' });
    expect(resolveDockerEndpoint(' ', {})).toEqual({ socketPath: '/var/run/docker.sock' });
  });
});

describe('sanitizeFlinkProperties', () => {
  it('keeps scalar values as strings and ignores everything else', () => {
    expect(sanitizeFlinkProperties({ 'heartbeat.timeout': 8000, 'a.b': 'x', flag: true, nested: { x: 1 }, list: [1] })).toEqual({
      'heartbeat.timeout': '8000',
      'a.b': 'x',
      flag: 'true',
    });
    expect(sanitizeFlinkProperties(null)).toEqual({});
    expect(sanitizeFlinkProperties(['x'])).toEqual({});
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
