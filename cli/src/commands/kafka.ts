import { DockerRuntimeClient, adoptCluster, dockerEndpointFromEnv, isValidTopicName, type KafkaBroker, type RuntimeClient } from '../../../core/cluster/index.js';
import { formatOptions } from '../args.js';
import type { CliIo, Command } from '../command.js';
import { ExitCode } from '../exit-code.js';
import { UsageError, isUsageError } from '../usage-error.js';
import { withProcessKeptAlive } from './cluster-keep-alive.js';
import { noClusterMessage, resolveWorkspace } from './cluster-workspace.js';
import { KAFKA_OPTION_SPECS, KAFKA_SUBCOMMANDS, KAFKA_SUMMARIES, KAFKA_SYNOPSES, parseKafkaArgs, type KafkaInvocation, type KafkaSubcommand } from './kafka-options.js';

const EPILOG = `Works on the Kafka broker of the project's local cluster ('flink-ft cluster up --kafka').
The commands run Kafka's own tools inside the broker container, so they match its version and
need no Kafka client on this machine. Records are plain text values, one per line.

Examples:
  flink-ft kafka create input --partitions 2
  seq 1 100 | flink-ft kafka produce input
  flink-ft kafka consume output --from-beginning
  flink-ft kafka consume output --from-beginning --read-uncommitted --timeout-ms 5000`;

export const kafkaCommand: Command = {
  name: 'kafka',
  summary: "Topics on the cluster's Kafka broker: topics, create, produce, consume.",
  synopsis: 'kafka <topics|create|produce|consume> [options]',
  options: [],
  epilog: EPILOG,
  async run(argv, io) {
    const invocation = parseKafkaArgs(argv);
    if (invocation.kind === 'help') {
      io.stdout.write(kafkaHelp(invocation.subcommand));
      return ExitCode.ok;
    }
    if ('topic' in invocation && !isValidTopicName(invocation.topic)) {
      throw new UsageError(`'${invocation.topic}' is not a valid Kafka topic name. Use letters, digits, '.', '_' and '-' (at most 249).`);
    }
    const workspace = resolveWorkspace(invocation.workspace, io.cwd);
    const runtime = new DockerRuntimeClient(dockerEndpointFromEnv(process.env));
    // Ctrl+C ends a follow cleanly: the consumer in the container is stopped too.
    const controller = new AbortController();
    const onSignal = (): void => controller.abort();
    if (invocation.kind === 'consume') {
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
    }
    try {
      return await withProcessKeptAlive(() => runKafkaCommand(invocation, workspace, runtime, io, controller.signal));
    } catch (error) {
      if (isUsageError(error)) throw error;
      io.stderr.write(`flink-ft kafka ${invocation.kind}: ${error instanceof Error ? error.message : String(error)}\n`);
      return ExitCode.failed;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  },
};

/** Runs one parsed subcommand; exported so tests can pass their own runtime and stdin. */
export async function runKafkaCommand(
  invocation: Exclude<KafkaInvocation, { kind: 'help' }>,
  workspace: string,
  runtime: RuntimeClient,
  io: CliIo,
  signal?: AbortSignal,
  readStdin: () => Promise<string> = readProcessStdin,
): Promise<number> {
  const broker = await requireBroker(runtime, workspace, io);
  if (!broker) return ExitCode.failed;
  switch (invocation.kind) {
    case 'topics': {
      const topics = await broker.listTopics();
      io.stdout.write(invocation.json ? `${JSON.stringify(topics)}\n` : topics.map((t) => `${t}\n`).join(''));
      return ExitCode.ok;
    }
    case 'create':
      await broker.createTopic(invocation.topic, invocation.partitions !== undefined ? { partitions: invocation.partitions } : {});
      io.stdout.write(`Topic '${invocation.topic}' is there (${broker.status().bootstrapServers} from the host, ${broker.status().internalBootstrapServers} from jobs).\n`);
      return ExitCode.ok;
    case 'produce': {
      const values = invocation.values ?? (await readStdin()).split(/\r?\n/).filter((line) => line.length > 0);
      const count = await broker.produce(invocation.topic, values);
      io.stderr.write(`Wrote ${count} record(s) to '${invocation.topic}'.\n`);
      return ExitCode.ok;
    }
    case 'consume': {
      io.stderr.write(
        `Reading '${invocation.topic}' (${invocation.isolation}${invocation.fromBeginning ? ', from the beginning' : ', new records'})` +
          `${invocation.maxMessages === undefined && invocation.timeoutMs === undefined ? '; Ctrl+C stops' : ''}\n`,
      );
      const count = await broker.consume(invocation.topic, {
        fromBeginning: invocation.fromBeginning,
        isolation: invocation.isolation,
        ...(invocation.maxMessages !== undefined ? { maxMessages: invocation.maxMessages } : {}),
        ...(invocation.timeoutMs !== undefined ? { idleTimeoutMs: invocation.timeoutMs } : {}),
        onRecord: (value) => io.stdout.write(`${value}\n`),
        ...(signal ? { signal } : {}),
      });
      io.stderr.write(`Read ${count} record(s).\n`);
      return ExitCode.ok;
    }
  }
}

async function requireBroker(runtime: RuntimeClient, workspace: string, io: CliIo): Promise<KafkaBroker | undefined> {
  const cluster = await adoptCluster(runtime, { workspace });
  if (!cluster) {
    io.stderr.write(`${noClusterMessage(workspace).replace("'flink-ft cluster up'", "'flink-ft cluster up --kafka'")}\n`);
    return undefined;
  }
  const broker = await cluster.kafka();
  if (!broker) io.stderr.write(`The local cluster '${cluster.name}' has no Kafka broker. Add one with 'flink-ft cluster up --kafka' (it keeps the running cluster).\n`);
  return broker;
}

async function readProcessStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Type one record per line; end with Ctrl+D.\n');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** `flink-ft kafka --help` lists the subcommands; `flink-ft kafka <sub> --help` shows its flags. */
export function kafkaHelp(subcommand?: KafkaSubcommand): string {
  if (subcommand) {
    return [`Usage: flink-ft ${KAFKA_SYNOPSES[subcommand]}`, '', KAFKA_SUMMARIES[subcommand], '', 'Options:', formatOptions(KAFKA_OPTION_SPECS[subcommand]), ''].join('\n');
  }
  const width = Math.max(...KAFKA_SUBCOMMANDS.map((s) => s.length));
  return [
    `Usage: flink-ft ${kafkaCommand.synopsis}`,
    '',
    kafkaCommand.summary,
    '',
    'Subcommands:',
    ...KAFKA_SUBCOMMANDS.map((s) => `  ${s.padEnd(width)}  ${KAFKA_SUMMARIES[s]}`),
    '',
    "Run 'flink-ft kafka <subcommand> --help' for its options.",
    '',
    EPILOG,
    '',
  ].join('\n');
}
