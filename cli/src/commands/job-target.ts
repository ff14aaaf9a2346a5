import { DockerRuntimeClient, dockerEndpointFromEnv, isClusterError } from '../../../core/cluster/index.js';
import { isFlinkRestError, redactUrl } from '../../../core/flink-rest/index.js';
import { isJobsError, resolveJobTarget, type JobTarget } from '../../../core/jobs/index.js';
import type { OptionSpec } from '../args.js';
import { UsageError } from '../usage-error.js';
import { resolveWorkspace } from './cluster-workspace.js';

/** Flags shared by submit, jobs, cancel and savepoint: which cluster, and the output format. */
export const TARGET_OPTION_SPECS: readonly OptionSpec[] = [
  { name: 'rest', type: 'string', valueName: 'URL', description: 'REST URL of a running cluster, e.g. http://flink.example:8081 (default: the local cluster of --workspace).' },
  { name: 'workspace', short: 'w', type: 'string', valueName: 'dir', description: 'Project folder whose local cluster to use (default: the current folder).' },
  { name: 'json', type: 'boolean', description: 'Print the result as JSON on stdout.' },
  { name: 'help', short: 'h', type: 'boolean', description: 'Show this help.' },
];

export interface TargetOptions {
  rest?: string;
  workspace?: string;
}

/** The cluster to talk to: --rest, else the local cluster of the workspace (found by Docker labels). */
export async function cliJobTarget(options: TargetOptions, cwd: string): Promise<JobTarget> {
  if (options.rest !== undefined) {
    if (!/^https?:\/\/[^\s/]+/.test(options.rest)) throw new UsageError(`Invalid --rest '${redactUrl(options.rest)}'. Use a URL such as http://127.0.0.1:8081.`);
    return resolveJobTarget({ restUrl: options.rest });
  }
  const workspace = resolveWorkspace(options.workspace, cwd);
  // The edge of the CLI process: this is where DOCKER_HOST may be read.
  return resolveJobTarget({ runtime: new DockerRuntimeClient(dockerEndpointFromEnv(process.env)), workspace });
}

/** Errors a job command explains and exits 1 on; anything else is a bug (exit 2 from runCli). */
export function isExpectedJobFailure(error: unknown): error is Error {
  return isJobsError(error) || isFlinkRestError(error) || isClusterError(error);
}

/** A Flink job id as REST and the web UI print it. */
export function jobIdArg(value: string | undefined, command: string): string {
  if (value === undefined) throw new UsageError(`'flink-ft ${command}' needs a job id (32 hex digits, as 'flink-ft jobs' lists them).`);
  if (!/^[0-9a-f]{32}$/.test(value)) throw new UsageError(`Invalid job id '${value}'. Job ids are 32 hex digits, as 'flink-ft jobs' lists them.`);
  return value;
}

export function stringFlag(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
