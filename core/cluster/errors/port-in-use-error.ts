import { ClusterError } from './cluster-error.js';

/** Who holds the port: one of our clusters (named) or an unknown process. */
export type PortOwner = { kind: 'flinkft-cluster'; cluster: string; workspace?: string } | { kind: 'other' };

/** The REST port is taken, so the JobManager cannot publish its REST API / web UI there. */
export class PortInUseError extends ClusterError {
  override name = 'PortInUseError';
  readonly port: number;
  readonly owner: PortOwner;

  constructor(port: number, owner: PortOwner, options?: { cause?: unknown }) {
    const who =
      owner.kind === 'flinkft-cluster'
        ? `by the local Flink cluster '${owner.cluster}'${owner.workspace ? ` of workspace ${owner.workspace}` : ''}. ` +
          `Stop it first ('Flink: Stop Local Cluster' there, or \`flink-ft cluster down\` in that folder)`
        : 'by another program. Stop that program';
    super(
      `Port ${port} on 127.0.0.1 is already in use ${who}, or choose another port ` +
        `(\`flink-ft cluster up --port <p>\`, or allow the next free port).`,
      options,
    );
    this.port = port;
    this.owner = owner;
  }
}

export function isPortInUseError(error: unknown): error is PortInUseError {
  return error instanceof PortInUseError || (error as { name?: unknown } | null)?.name === 'PortInUseError';
}
