import { ClusterError } from './cluster-error.js';

/** Who holds the port: one of our clusters (named) or an unknown process. */
export type PortOwner = { kind: 'flinkft-cluster'; cluster: string; workspace?: string } | { kind: 'other' };

/** The REST port (or the Kafka broker's host port) is taken, so the container cannot publish it there. */
export class PortInUseError extends ClusterError {
  override name = 'PortInUseError';
  readonly port: number;
  readonly owner: PortOwner;

  /** `flag`: the `cluster up` option that picks this port (default `--port`, the REST port). */
  constructor(port: number, owner: PortOwner, options?: { cause?: unknown; flag?: string }) {
    const who =
      owner.kind === 'flinkft-cluster'
        ? `by the local Flink cluster '${owner.cluster}'${owner.workspace ? ` of workspace ${owner.workspace}` : ''}. ` +
          `Stop it first ('Flink: Stop Local Cluster' there, or \`flink-ft cluster down\` in that folder)`
        : 'by another program. Stop that program';
    super(
      `Port ${port} on 127.0.0.1 is already in use ${who}, or choose another port ` +
        `(\`flink-ft cluster up ${options?.flag ?? '--port'} <p>\`, or allow the next free port).`,
      options?.cause === undefined ? undefined : { cause: options.cause },
    );
    this.port = port;
    this.owner = owner;
  }
}

export function isPortInUseError(error: unknown): error is PortInUseError {
  return error instanceof PortInUseError || (error as { name?: unknown } | null)?.name === 'PortInUseError';
}
