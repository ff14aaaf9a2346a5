import { existsSync } from 'node:fs';
import {
  DockerRuntimeClient,
  clusterBuilderFor,
  clusterSetupFor,
  dockerEndpointFromEnv,
  type RuntimeClient,
  type StartedFlinkCluster,
} from '../../../core/cluster/index.js';
import {
  drillClusterSettings,
  formatReport,
  runRecoveryCheck,
  setUpRecoveryCheck,
  withBrokerAddress,
  type DrillOptions,
  type RecoveryCheckRequest,
  type RecoveryReport,
} from '../../../core/recovery/index.js';
import { formatOptions } from '../args.js';
import type { CliIo, Command } from '../command.js';
import { ExitCode } from '../exit-code.js';
import { UsageError, isUsageError } from '../usage-error.js';
import { ClusterProgressPrinter } from './cluster-progress.js';
import { resolveWorkspace } from './cluster-workspace.js';
import { RECOVER_OPTION_SPECS, parseRecoverOptions, type RecoverOptions } from './recover-options.js';
import { withInterrupts } from './with-interrupts.js';

const SYNOPSIS = 'recover <jar|script.py|project dir> [--class C] [--arg A]... [--checkpoints K] [--kills N] [--fault F]... [--control] [--verify-topic OUT [--input-topic IN --records N] [--id-field F] [--guarantee G]] [--json]';

const EPILOG = `Runs the recovery drill on the project's local cluster (started when none runs): submits the job
fresh, confirms checkpointing through REST, waits for K completed checkpoints, SIGKILLs a TaskManager
running the job, starts a replacement, and checks from Flink's own evidence that the job failed,
ran again, restored a checkpoint taken before the kill, completed a new one, and that its output
continued instead of starting over (probe jobs: no gap or duplicate per key). Without an assertion
the output is judged from its own key=value pairs, tuples or JSON ("started over", "state went
back"), or the drill says it could not (not judged). The job is cancelled at the end (also on
Ctrl+C). Per-job output assertions: flink-ft-recovery.json (docs/recovery.md).

Other faults (--fault, one per round in turn; each undone at the end or on Ctrl+C): pause-tm[=S]
(docker pause), partition-tm[=S] (network disconnect), delay-tm=MS and loss-tm=PERCENT (tc netem
from the flinkft/netem:local helper, scripts/build-netem-image.sh; $FLINKFT_NETEM_IMAGE overrides).

Exit codes:
  0  pass
  1  fail: a step failed (stderr and --json name it, with expected vs seen)
  2  inconclusive, cancelled, or could not run (usage error, Docker unavailable, build failed)
  3  not judged: Flink restored the job, but its output could not be judged (configure an assertion)

Examples:
  flink-ft recover examples/probe/java
  flink-ft recover examples/probe/java --control
  flink-ft recover target/job.jar --class com.acme.Counts --arg=--input --arg /data --kills 3 --json
  flink-ft recover examples/probe/java --fault pause-tm=8 --fault delay-tm=200
  flink-ft recover jobs/enrich.py --assert-regex "offset=(?<value>\\d+)"
  flink-ft recover examples/kafka/java --arg=--bootstrap --arg {kafka} --arg=--input --arg ids-in --arg=--output --arg ids-out \\
    --input-topic ids-in --records 10000 --verify-topic ids-out --id-field id`;

export const recoverCommand: Command = {
  name: 'recover',
  summary: 'Prove a job recovers from a TaskManager crash on the local cluster (pass, fail, inconclusive or not judged).',
  synopsis: SYNOPSIS,
  options: RECOVER_OPTION_SPECS,
  epilog: EPILOG,
  async run(argv, io) {
    const options = parseRecoverOptions(argv, io.cwd);
    if (options.help) {
      io.stdout.write([`Usage: flink-ft ${SYNOPSIS}`, '', recoverCommand.summary, '', 'Options:', formatOptions(RECOVER_OPTION_SPECS), '', EPILOG, ''].join('\n'));
      return ExitCode.ok;
    }
    if (!existsSync(options.artifact)) throw new UsageError(`No such job: ${options.artifact}. Pass a jar, a PyFlink .py script or a Maven/Gradle project folder.`);
    const workspace = resolveWorkspace(options.workspace, io.cwd);
    // The CLI is an edge of the program: the one place besides the extension that reads DOCKER_HOST.
    const runtime = new DockerRuntimeClient(dockerEndpointFromEnv(process.env));
    try {
      // Ctrl+C cancels the drill's job before exiting.
      return await withInterrupts((controller) => controller.abort(new Error('interrupted')), (signal) => runRecover(options, workspace, runtime, io, process.env, signal));
    } catch (error) {
      if (isUsageError(error)) throw error;
      io.stderr.write(`flink-ft recover: ${error instanceof Error ? error.message : String(error)}\n`);
      return ExitCode.usage;
    }
  },
};

/** Runs the drill against a Docker runtime; exported so tests can pass their own. */
export async function runRecover(
  options: RecoverOptions,
  workspace: string,
  runtime: RuntimeClient,
  io: CliIo,
  env: Readonly<Record<string, string | undefined>>,
  signal?: AbortSignal,
): Promise<number> {
  const progress = (message: string): void => void io.stderr.write(`${message}\n`);
  const cluster = await startDrillCluster({ ...options, kafka: options.endToEnd !== undefined }, workspace, runtime, io, env);
  const setup = await setUpRecoveryCheck(recoveryRequestOf(options, workspace));
  const endToEnd = await endToEndPlanOf(options, cluster);
  const report = await runRecoveryCheck(
    cluster,
    endToEnd ? { ...setup.job, args: withBrokerAddress(setup.job.args, endToEnd.address) } : setup.job,
    {
      ...(endToEnd && { endToEnd: endToEnd.plan }),
      checkpoints: options.checkpoints,
      kills: options.kills,
      control: setup.control,
      ...(options.target && { targetTaskManager: options.target }),
      ...(options.faults && { faults: options.faults }),
      ...(env['FLINKFT_NETEM_IMAGE'] && { netemImage: env['FLINKFT_NETEM_IMAGE'] }),
      ...(setup.assertion && { assertion: setup.assertion }),
      ...(signal && { signal }),
      onProgress: progress,
      onStep: (step) => progress(`${step.status === 'passed' ? 'ok  ' : step.status.padEnd(4).slice(0, 4)} ${step.round ? `[kill ${step.round}] ` : ''}${step.title}${step.seen ? `: ${step.seen}` : ''}`),
    },
  );
  if (options.json) io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else io.stdout.write(formatReport(report));
  return exitCodeOf(report);
}

/** The end-to-end check against the cluster's broker, and the broker's address for the job's {kafka}. */
async function endToEndPlanOf(options: RecoverOptions, cluster: StartedFlinkCluster): Promise<{ plan: NonNullable<DrillOptions['endToEnd']>; address: string } | undefined> {
  if (!options.endToEnd) return undefined;
  const broker = await cluster.kafka();
  if (!broker) {
    throw new UsageError("--verify-topic needs the cluster's Kafka broker, and the project's running cluster has none: stop it ('flink-ft cluster down') or start it with 'flink-ft cluster up --kafka'.");
  }
  return { plan: { broker, ...options.endToEnd }, address: broker.status().internalBootstrapServers };
}

export function exitCodeOf(report: RecoveryReport): number {
  if (report.verdict === 'pass') return ExitCode.ok;
  if (report.verdict === 'fail') return ExitCode.failed;
  // Its own code, so CI can tell "prove it with an assertion" from "could not run"; never 0.
  if (report.verdict === 'not-judged') return ExitCode.notJudged;
  return ExitCode.usage;
}

/** The job and the run's assertion flags, as the drill set-up every face goes through takes them. */
export function recoveryRequestOf(options: RecoverOptions, workspace: string): RecoveryCheckRequest {
  return {
    workspace,
    artifact: options.artifact,
    entryClass: options.entryClass,
    args: options.args,
    control: options.control,
    assertRegex: options.assertRegex,
    assertScript: options.assertScript,
  };
}

/** Adopts the workspace's running cluster, or starts one with the drill's settings; exported for the faces' agreement test. */
export async function startDrillCluster(
  options: Pick<RecoverOptions, 'port' | 'image'> & { kafka?: boolean },
  workspace: string,
  runtime: RuntimeClient,
  io: CliIo,
  env: Readonly<Record<string, string | undefined>>,
): Promise<StartedFlinkCluster> {
  const printer = new ClusterProgressPrinter(io.stderr, io.now);
  const setup = await clusterSetupFor(workspace, drillClusterSettings({ restPort: options.port, image: options.image, ...(options.kafka && { kafka: true }) }), env);
  return clusterBuilderFor(runtime, setup).withProgress(printer.report).start();
}
