// The `flinkFt.cluster.*` and `flinkFt.docker.*` settings as the cluster manager uses them. Config
// reads the raw values; this file only interprets them, so it has no `vscode` import.
import { DEFAULT_DOCKER_SOCKET, DEFAULT_FLINK_VERSION, dockerEndpointFromEnv, officialImage, type DockerEndpoint } from '../../../core/cluster/index.js';

export interface ClusterSettings {
  taskManagers: number;
  slots: number;
  restPort: number;
  allowNextFreePort: boolean;
  /** Empty: the official image for the Flink version. */
  image: string;
  /** Empty: the version the project uses (pom.xml / build.gradle), else the default. */
  flinkVersion: string;
  /** Flink configuration on top of the cluster's defaults, e.g. heartbeat.timeout. */
  flinkProperties: Record<string, string>;
  /** Empty: $DOCKER_HOST, else /var/run/docker.sock. */
  dockerSocket: string;
}

export const DEFAULT_CLUSTER_SETTINGS: ClusterSettings = {
  taskManagers: 2,
  slots: 2,
  restPort: 8081,
  allowNextFreePort: false,
  image: '',
  flinkVersion: '',
  flinkProperties: {},
  dockerSocket: '',
};

/** The image to start: the setting, else `flink:<version>-java17` with the setting's, the project's or the default version. */
export function resolveClusterImage(settings: Pick<ClusterSettings, 'image' | 'flinkVersion'>, projectVersion: string | undefined): string {
  if (settings.image.trim()) return settings.image.trim();
  return officialImage(settings.flinkVersion.trim() || projectVersion || DEFAULT_FLINK_VERSION);
}

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
