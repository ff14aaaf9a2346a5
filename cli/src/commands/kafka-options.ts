import { parseCommandLine, type OptionSpec } from '../args.js';
import { UsageError } from '../usage-error.js';
import { HELP, WORKSPACE, parseIntFlag } from './cluster-options.js';

/** `flink-ft kafka <sub>`: topic commands against the cluster's broker. */
export const KAFKA_SUBCOMMANDS = ['topics', 'create', 'produce', 'consume'] as const;
export type KafkaSubcommand = (typeof KAFKA_SUBCOMMANDS)[number];

export const KAFKA_OPTION_SPECS: Readonly<Record<KafkaSubcommand, readonly OptionSpec[]>> = {
  topics: [{ name: 'json', type: 'boolean', description: 'Print the topic names as a JSON array.' }, WORKSPACE, HELP],
  create: [{ name: 'partitions', type: 'string', valueName: 'N', description: 'Partitions of the new topic (default: 1).' }, WORKSPACE, HELP],
  produce: [
    { name: 'value', type: 'string', multiple: true, valueName: 'V', description: 'A record value (repeatable). Without it: one record per line of stdin.' },
    WORKSPACE,
    HELP,
  ],
  consume: [
    { name: 'from-beginning', type: 'boolean', description: 'Start at the earliest offset instead of new records only.' },
    { name: 'read-uncommitted', type: 'boolean', description: 'Also show records of open and aborted transactions (default: read_committed).' },
    { name: 'max-messages', type: 'string', valueName: 'N', description: 'Stop after N records.' },
    { name: 'timeout-ms', type: 'string', valueName: 'MS', description: 'Stop when no record came for MS milliseconds.' },
    WORKSPACE,
    HELP,
  ],
};

export const KAFKA_SUMMARIES: Readonly<Record<KafkaSubcommand, string>> = {
  topics: 'List the topics of the cluster\'s broker.',
  create: 'Create a topic (nothing happens if it exists).',
  produce: 'Write records to a topic: --value V (repeatable) or one per line of stdin.',
  consume: 'Print a topic\'s records, read_committed by default; follows until Ctrl+C unless --max-messages / --timeout-ms.',
};

export const KAFKA_SYNOPSES: Readonly<Record<KafkaSubcommand, string>> = {
  topics: 'kafka topics [--json]',
  create: 'kafka create TOPIC [--partitions N]',
  produce: 'kafka produce TOPIC [--value V]...',
  consume: 'kafka consume TOPIC [--from-beginning] [--read-uncommitted] [--max-messages N] [--timeout-ms MS]',
};

interface Common {
  workspace?: string;
}

export type KafkaInvocation =
  | { kind: 'help'; subcommand?: KafkaSubcommand }
  | ({ kind: 'topics'; json: boolean } & Common)
  | ({ kind: 'create'; topic: string; partitions?: number } & Common)
  | ({ kind: 'produce'; topic: string; values?: string[] } & Common)
  | ({
      kind: 'consume';
      topic: string;
      fromBeginning: boolean;
      isolation: 'read_committed' | 'read_uncommitted';
      maxMessages?: number;
      timeoutMs?: number;
    } & Common);

/** Parses `flink-ft kafka ...` (the arguments after `kafka`). Every mistake is a UsageError. */
export function parseKafkaArgs(argv: readonly string[]): KafkaInvocation {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') return { kind: 'help' };
  const subcommand = KAFKA_SUBCOMMANDS.find((s) => s === first);
  if (!subcommand) {
    throw new UsageError(`Unknown kafka subcommand '${first}'. Use one of: ${KAFKA_SUBCOMMANDS.join(', ')}. Run 'flink-ft kafka --help' for details.`);
  }
  const { values, positionals } = parseCommandLine(rest, KAFKA_OPTION_SPECS[subcommand], `kafka ${subcommand}`);
  if (values.help === true) return { kind: 'help', subcommand };
  const wanted = subcommand === 'topics' ? 0 : 1;
  if (positionals.length !== wanted) {
    const problem = positionals.length > wanted ? `Unexpected argument '${positionals[wanted]}'` : 'A topic name is missing';
    throw new UsageError(`${problem} for 'flink-ft kafka ${subcommand}'. Usage: flink-ft ${KAFKA_SYNOPSES[subcommand]}`);
  }
  const common: Common = typeof values.workspace === 'string' ? { workspace: values.workspace } : {};
  const topic = positionals[0] ?? '';
  const int = (flag: string, min: number, max: number): number | undefined =>
    typeof values[flag] === 'string' ? parseIntFlag(values[flag], flag, min, max) : undefined;
  switch (subcommand) {
    case 'topics':
      return { kind: 'topics', json: values.json === true, ...common };
    case 'create': {
      const partitions = int('partitions', 1, 10_000);
      return { kind: 'create', topic, ...common, ...(partitions !== undefined ? { partitions } : {}) };
    }
    case 'produce':
      return { kind: 'produce', topic, ...common, ...(Array.isArray(values.value) ? { values: values.value } : {}) };
    case 'consume': {
      const maxMessages = int('max-messages', 1, 1_000_000_000);
      const timeoutMs = int('timeout-ms', 1, 86_400_000);
      return {
        kind: 'consume',
        topic,
        fromBeginning: values['from-beginning'] === true,
        isolation: values['read-uncommitted'] === true ? 'read_uncommitted' : 'read_committed',
        ...common,
        ...(maxMessages !== undefined ? { maxMessages } : {}),
        ...(timeoutMs !== undefined ? { timeoutMs } : {}),
      };
    }
  }
}
