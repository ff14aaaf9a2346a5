// Where the Docker engine listens. Only the edges (CLI, extension) read DOCKER_HOST, through
// dockerEndpointFromEnv(process.env); everything below receives the endpoint explicitly.

export type DockerEndpoint = { socketPath: string } | { host: string; port: number; protocol: 'http' | 'https' };

export const DEFAULT_DOCKER_SOCKET = '/var/run/docker.sock';

/** Parses DOCKER_HOST (unix:// or tcp://); falls back to the default socket. */
export function dockerEndpointFromEnv(env: Readonly<Record<string, string | undefined>>): DockerEndpoint {
  const raw = env['DOCKER_HOST']?.trim();
  if (!raw) return { socketPath: DEFAULT_DOCKER_SOCKET };
  if (raw.startsWith('unix://')) return { socketPath: raw.slice('unix://'.length) };
  const url = new URL(raw.replace(/^tcp:\/\//, 'http://'));
  const tls = env['DOCKER_TLS_VERIFY'] === '1' || url.protocol === 'https:';
  return { host: url.hostname, port: Number(url.port || (tls ? 2376 : 2375)), protocol: tls ? 'https' : 'http' };
}

export function describeEndpoint(endpoint: DockerEndpoint): string {
  return 'socketPath' in endpoint ? `unix://${endpoint.socketPath}` : `${endpoint.protocol}://${endpoint.host}:${endpoint.port}`;
}
