// The `flinkFt.cluster.*` and `flinkFt.docker.*` settings as the cluster manager uses them. Config
// reads the raw values; this file only interprets them, so it has no `vscode` import.
import { DEFAULT_CLUSTER_SETTINGS, DEFAULT_DOCKER_SOCKET, DEFAULT_KAFKA_HOST_PORT, dockerEndpointFromEnv, type ClusterSettings, type DockerEndpoint } from '../../../core/cluster/index.js';

/** The cluster settings every face shares (core), filled, plus where Docker listens. */
export interface EditorClusterSettings extends Required<ClusterSettings> {
  /** Empty: $DOCKER_HOST, else /var/run/docker.sock. */
  dockerSocket: string;
}

/** What Config falls back to when a setting is absent; package.json's schema defaults say the same. */
export const DEFAULT_EDITOR_CLUSTER_SETTINGS: EditorClusterSettings = {
  ...DEFAULT_CLUSTER_SETTINGS,
  image: '',
  flinkVersion: '',
  flinkProperties: {},
  dockerSocket: '',
  kafkaPort: DEFAULT_KAFKA_HOST_PORT,
  kafkaImage: '',
};

/**
 * Where Docker listens: the setting (a socket path, unix://…, or tcp://…), else DOCKER_HOST, else
 * the default socket. The extension is an edge, so it may read the environment here.
 */
export function resolveDockerEndpoint(setting: string, env: Readonly<Record<string, string | undefined>>): DockerEndpoint {
  const value = setting.trim();
  if (!value) return dockerEndpointFromEnv(env);
  if (value.startsWith('/')) return { socketPath: value };
  return dockerEndpointFromEnv({ DOCKER_HOST: value });
}

/** Keeps only string values (the schema says so, but settings.json is hand-edited). */
export function sanitizeFlinkProperties(raw: unknown): Record<string, string> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') out[key] = String(value);
  }
  return out;
}

export { DEFAULT_DOCKER_SOCKET };
