import { describe, expect, it } from 'vitest';
import { describeEndpoint, dockerEndpointFromEnv } from './docker-endpoint.js';

describe('dockerEndpointFromEnv', () => {
  it('defaults to the standard socket', () => {
    expect(dockerEndpointFromEnv({})).toEqual({ socketPath: '/var/run/docker.sock' });
  });

  it('reads unix:// and tcp:// DOCKER_HOST values', () => {
    expect(dockerEndpointFromEnv({ DOCKER_HOST: 'unix:///run/user/1000/docker.sock' })).toEqual({ socketPath: '/run/user/1000/docker.sock' });
    expect(dockerEndpointFromEnv({ DOCKER_HOST: 'tcp://10.0.0.5:2375' })).toEqual({ host: '10.0.0.5', port: 2375, protocol: 'http' });
    expect(dockerEndpointFromEnv({ DOCKER_HOST: 'tcp://10.0.0.5', DOCKER_TLS_VERIFY: '1' })).toEqual({ host: '10.0.0.5', port: 2376, protocol: 'https' });
  });

  it('describes endpoints for messages', () => {
    expect(describeEndpoint({ socketPath: '/var/run/docker.sock' })).toBe('unix:///var/run/docker.sock');
    expect(describeEndpoint({ host: 'h', port: 1, protocol: 'http' })).toBe('http://h:1');
  });
});
