import { JobsError } from './jobs-error.js';

/** No local cluster for this workspace (or its JobManager is not running), and no REST URL was given. */
export class ClusterNotRunningError extends JobsError {
  override name = 'ClusterNotRunningError';
  readonly target: string;

  constructor(target: string, options?: { cause?: unknown }) {
    super(
      `No running Flink cluster ${target}. Start one with 'Flink: Start Local Cluster' or \`flink-ft cluster up\`, ` +
        'or point at a running cluster with --rest http://host:8081.',
      options,
    );
    this.target = target;
  }
}
