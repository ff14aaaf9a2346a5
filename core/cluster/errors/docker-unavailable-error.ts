import { ClusterError } from './cluster-error.js';

/** Why the Docker engine could not be used; each reason has its own fix. */
export type DockerUnavailableReason = 'not-found' | 'not-running' | 'permission-denied' | 'unknown';

const FIXES: Record<DockerUnavailableReason, string> = {
  'not-found': 'Install Docker (https://docs.docker.com/engine/install/) and start it, or point DOCKER_HOST at a running engine.',
  'not-running': 'Start the Docker engine (e.g. `sudo systemctl start docker`, or open Docker Desktop) and try again.',
  'permission-denied':
    'Add your user to the docker group (`sudo usermod -aG docker $USER`, then log out and in), or use rootless Docker.',
  unknown: 'Check that the Docker engine is running and reachable (`docker info`).',
};

/** The Docker engine is not installed, not running, or its socket is not accessible to us. */
export class DockerUnavailableError extends ClusterError {
  override name = 'DockerUnavailableError';
  readonly reason: DockerUnavailableReason;
  readonly endpoint: string;
  readonly fix: string;

  constructor(details: { reason: DockerUnavailableReason; endpoint: string; detail: string }, options?: { cause?: unknown }) {
    const what = {
      'not-found': `No Docker engine at ${details.endpoint}: Docker is not installed or not running`,
      'not-running': `The Docker engine at ${details.endpoint} is not running`,
      'permission-denied': `Permission denied on the Docker socket ${details.endpoint}`,
      unknown: `The Docker engine at ${details.endpoint} did not answer`,
    }[details.reason];
    super(`${what} (${details.detail}). ${FIXES[details.reason]}`, options);
    this.reason = details.reason;
    this.endpoint = details.endpoint;
    this.fix = FIXES[details.reason];
  }
}

export function isDockerUnavailableError(error: unknown): error is DockerUnavailableError {
  return error instanceof DockerUnavailableError || (error as { name?: unknown } | null)?.name === 'DockerUnavailableError';
}
