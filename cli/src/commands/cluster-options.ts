import { parseCommandLine, type OptionSpec } from '../args.js';
import { UsageError } from '../usage-error.js';
import type { TaskManagerLimits } from '../../../core/cluster/index.js';
import { taskManagerLimits } from './task-manager-limits.js';

/** `flink-ft cluster <sub>`: one entry per subcommand, with its own flags (and its own --help). */
export const CLUSTER_SUBCOMMANDS = ['up', 'status', 'add-tm', 'kill-tm', 'stop-tm', 'kill-jm', 'down'] as const;
export type ClusterSubcommand = (typeof CLUSTER_SUBCOMMANDS)[number];

export const WORKSPACE: OptionSpec = {
  name: 'workspace',
  short: 'w',
  type: 'string',
  valueName: 'dir',
  description: 'Project folder the cluster belongs to (default: the current folder).',
};
const JSON_FLAG: OptionSpec = { name: 'json', type: 'boolean', description: 'Print the result as JSON on stdout.' };
export const HELP: OptionSpec = { name: 'help', short: 'h', type: 'boolean', description: 'Show this help.' };

export const CLUSTER_OPTION_SPECS: Readonly<Record<ClusterSubcommand, readonly OptionSpec[]>> = {
  up: [
    { name: 'taskmanagers', short: 'n', type: 'string', valueName: 'N', description: 'TaskManagers to start (default: 2).' },
    { name: 'slots', short: 's', type: 'string', valueName: 'N', description: 'Task slots per TaskManager (default: 2).' },
    { name: 'port', short: 'p', type: 'string', valueName: 'P', description: 'Host port of the REST API and web UI on 127.0.0.1 (default: 8081).' },
    { name: 'next-free-port', type: 'boolean', description: 'If the port is taken, use the next free one instead of failing.' },
    { name: 'image', type: 'string', valueName: 'I', description: 'Flink image (default: $FLINKFT_IMAGE, else flink:<version>-java17).' },
    { name: 'flink-version', type: 'string', valueName: 'V', description: "Flink version of the official image flink:<V>-java17, e.g. 1.20 or 2.3 (default: the project's, else 1.20); offline, the locally built flinkft/flink:<V>-java17 stands in." },
    { name: 'local-recovery', type: 'boolean', description: 'Task-local recovery (state.backend.local-recovery): a task restarted on the same TaskManager restores from its local copy.' },
    { name: 'kafka', type: 'boolean', description: 'Also start a single Kafka broker (KRaft): kafka:9092 for jobs, 127.0.0.1:<kafka-port> for the host.' },
    { name: 'kafka-port', type: 'string', valueName: 'P', description: 'Host port of the Kafka broker on 127.0.0.1 (default: 9092).' },
    { name: 'kafka-image', type: 'string', valueName: 'I', description: 'Kafka image (default: $FLINKFT_KAFKA_IMAGE, else apache/kafka:<version>).' },
    { name: 'ha', type: 'boolean', description: 'JobManager high availability: ZooKeeper and several JobManagers (jm-1 on --port, the others on the next free ports), one leading.' },
    { name: 'job-managers', type: 'string', valueName: 'N', description: 'JobManagers with --ha (default: 2; implies --ha).' },
    WORKSPACE,
    JSON_FLAG,
    HELP,
  ],
  status: [WORKSPACE, JSON_FLAG, HELP],
  'add-tm': [
    { name: 'no-wait', type: 'boolean', description: 'Return once the container runs, before Flink registers it.' },
    { name: 'cpus', type: 'string', valueName: 'N', description: 'CPU limit of this TaskManager, e.g. 0.5 or 2 (default: none).' },
    { name: 'memory', type: 'string', valueName: 'M', description: 'Memory limit, e.g. 1g or 1536m (default: none); Flink budgets 90% of it (taskmanager.memory.process.size).' },
    { name: 'slots', short: 's', type: 'string', valueName: 'N', description: "Task slots of this TaskManager (default: the cluster's)." },
    WORKSPACE,
    JSON_FLAG,
    HELP,
  ],
  'kill-tm': [WORKSPACE, JSON_FLAG, HELP],
  'stop-tm': [WORKSPACE, JSON_FLAG, HELP],
  'kill-jm': [WORKSPACE, JSON_FLAG, HELP],
  down: [{ name: 'purge', type: 'boolean', description: 'Also delete .flink/checkpoints, .flink/savepoints and .flink/logs.' }, WORKSPACE, HELP],
};

export const CLUSTER_SUMMARIES: Readonly<Record<ClusterSubcommand, string>> = {
  up: 'Start the local cluster (or adopt the one already running for this folder).',
  status: 'Show the JobManager, the TaskManagers and the REST URL.',
  'add-tm': 'Start one more TaskManager (next free id tm-N).',
  'kill-tm': 'SIGKILL a TaskManager, like a crash (default: the highest-numbered running one).',
  'stop-tm': 'SIGTERM a TaskManager, a graceful shutdown (default: the highest-numbered running one).',
  'kill-jm': 'SIGKILL a JobManager, like a crash (default: the leader); with --ha a standby takes over.',
  down: 'Remove the cluster\'s containers and network; checkpoints stay unless --purge.',
};

export const CLUSTER_SYNOPSES: Readonly<Record<ClusterSubcommand, string>> = {
  up: 'cluster up [--taskmanagers N] [--slots N] [--port P] [--image I] [--flink-version V] [--local-recovery] [--kafka [--kafka-port P] [--kafka-image I]] [--ha [--job-managers N]] [--json]',
  status: 'cluster status [--json]',
  'add-tm': 'cluster add-tm [--cpus N] [--memory M] [--slots N] [--no-wait] [--json]',
  'kill-tm': 'cluster kill-tm [ID] [--json]',
  'stop-tm': 'cluster stop-tm [ID] [--json]',
  'kill-jm': 'cluster kill-jm [ID] [--json]',
  down: 'cluster down [--purge]',
};

interface Common {
  /** As typed (relative to the working folder); undefined = the working folder. */
  workspace?: string;
  json: boolean;
}

export interface UpOptions extends Common {
  taskManagers?: number;
  slots?: number;
  port?: number;
  nextFreePort: boolean;
  image?: string;
  flinkVersion?: string;
  /** Start a Kafka broker too (also implied by --kafka-port / --kafka-image). */
  kafka: boolean;
  kafkaPort?: number;
  kafkaImage?: string;
  /** JobManager high availability (also implied by --job-managers). */
  ha: boolean;
  jobManagers?: number;
  localRecovery: boolean;
}

export type ClusterInvocation =
  | { kind: 'help'; subcommand?: ClusterSubcommand }
  | ({ kind: 'up' } & UpOptions)
  | ({ kind: 'status' } & Common)
  | ({ kind: 'add-tm'; wait: boolean; limits?: TaskManagerLimits } & Common)
  | ({ kind: 'kill-tm' | 'stop-tm'; id?: string } & Common)
  | ({ kind: 'kill-jm'; id?: string } & Common)
  | { kind: 'down'; purge: boolean; workspace?: string };

/** Parses `flink-ft cluster ...` (the arguments after `cluster`). Every mistake is a UsageError. */
export function parseClusterArgs(argv: readonly string[]): ClusterInvocation {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') return { kind: 'help' };
  const subcommand = CLUSTER_SUBCOMMANDS.find((s) => s === first);
  if (!subcommand) {
    throw new UsageError(
      `Unknown cluster subcommand '${first}'. Use one of: ${CLUSTER_SUBCOMMANDS.join(', ')}. Run 'flink-ft cluster --help' for details.`,
    );
  }
  const { values, positionals } = parseCommandLine(rest, CLUSTER_OPTION_SPECS[subcommand], `cluster ${subcommand}`);
  if (values.help === true) return { kind: 'help', subcommand };
  const maxPositionals = subcommand === 'kill-tm' || subcommand === 'stop-tm' || subcommand === 'kill-jm' ? 1 : 0;
  if (positionals.length > maxPositionals) {
    const extra = positionals.slice(maxPositionals).map((p) => `'${p}'`).join(', ');
    throw new UsageError(`Unexpected argument ${extra} for 'flink-ft cluster ${subcommand}'. Usage: flink-ft ${CLUSTER_SYNOPSES[subcommand]}`);
  }
  const common: Common = { json: values.json === true, ...stringValue(values.workspace, 'workspace') };
  switch (subcommand) {
    case 'up':
      return {
        kind: 'up',
        ...common,
        ...optionalInt(values.taskmanagers, 'taskmanagers', 0, 64, 'taskManagers'),
        ...optionalInt(values.slots, 'slots', 1, 128, 'slots'),
        ...optionalInt(values.port, 'port', 1, 65535, 'port'),
        nextFreePort: values['next-free-port'] === true,
        localRecovery: values['local-recovery'] === true,
        ...stringValue(values.image, 'image'),
        ...flinkVersion(values['flink-version']),
        kafka: values.kafka === true || values['kafka-port'] !== undefined || values['kafka-image'] !== undefined,
        ...optionalInt(values['kafka-port'], 'kafka-port', 1, 65535, 'kafkaPort'),
        ...renamed(stringValue(values['kafka-image'], 'kafka-image'), 'kafkaImage'),
        ha: values.ha === true || values['job-managers'] !== undefined,
        ...optionalInt(values['job-managers'], 'job-managers', 1, 9, 'jobManagers'),
      };
    case 'status':
      return { kind: 'status', ...common };
    case 'add-tm':
      return { kind: 'add-tm', wait: values['no-wait'] !== true, ...common, ...taskManagerLimits(values) };
    case 'kill-tm':
    case 'stop-tm':
      return { kind: subcommand, ...common, ...(positionals[0] !== undefined ? { id: taskManagerIdArg(positionals[0]) } : {}) };
    case 'kill-jm':
      return { kind: 'kill-jm', ...common, ...(positionals[0] !== undefined ? { id: jobManagerIdArg(positionals[0]) } : {}) };
    case 'down':
      return { kind: 'down', purge: values.purge === true, ...(common.workspace !== undefined ? { workspace: common.workspace } : {}) };
  }
}

/** Accepts `tm-3` and the shorthand `3`. */
export function taskManagerIdArg(value: string): string {
  if (/^\d+$/.test(value)) return `tm-${Number(value)}`;
  if (/^tm-\d+$/.test(value)) return value;
  throw new UsageError(`Invalid TaskManager id '${value}'. Use tm-N (as listed by 'flink-ft cluster status') or just N.`);
}

/** Accepts `jm-2` and the shorthand `2`. */
export function jobManagerIdArg(value: string): string {
  if (/^\d+$/.test(value)) return `jm-${Number(value)}`;
  if (/^jm-\d+$/.test(value) || value === 'jobmanager') return value;
  throw new UsageError(`Invalid JobManager id '${value}'. Use jm-N (as listed by 'flink-ft cluster status') or just N.`);
}

/** A whole number flag within [min, max]. */
export function parseIntFlag(value: string, flag: string, min: number, max: number): number {
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new UsageError(`Invalid value '${value}' for --${flag}. Use a whole number from ${min} to ${max}.`);
  }
  return Number(value);
}

function optionalInt<K extends string>(value: unknown, flag: string, min: number, max: number, key: K): Partial<Record<K, number>> {
  if (typeof value !== 'string') return {};
  return { [key]: parseIntFlag(value, flag, min, max) } as Partial<Record<K, number>>;
}

/** `{ 'kafka-image': v }` → `{ kafkaImage: v }`: flags are kebab-case, options camelCase. */
function renamed<K extends string>(value: Partial<Record<string, string>>, key: K): Partial<Record<K, string>> {
  const [only] = Object.values(value);
  return only === undefined ? {} : ({ [key]: only } as Partial<Record<K, string>>);
}

function stringValue<K extends string>(value: unknown, key: K): Partial<Record<K, string>> {
  if (typeof value !== 'string') return {};
  if (value.trim() === '') throw new UsageError(`Option '--${key}' needs a non-empty value.`);
  return { [key]: value } as Partial<Record<K, string>>;
}

function flinkVersion(value: unknown): { flinkVersion?: string } {
  if (typeof value !== 'string') return {};
  // Ends up in an image tag: flink:<version>-java17.
  if (!/^\d+\.\d+(\.\d+)?$/.test(value)) {
    throw new UsageError(`Invalid value '${value}' for --flink-version. Use a Flink version such as 1.20 or 1.20.1.`);
  }
  return { flinkVersion: value };
}
