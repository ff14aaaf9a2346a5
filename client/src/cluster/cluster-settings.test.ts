import { describe, expect, it } from 'vitest';
import { resolveDockerEndpoint, sanitizeFlinkProperties } from './cluster-settings.js';

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
