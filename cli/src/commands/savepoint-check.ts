import { resolve } from 'node:path';
import { DockerRuntimeClient, dockerEndpointFromEnv } from '../../../core/cluster/index.js';
import { checkSavepoint, savepointCheckImage, type SavepointCheckReport } from '../../../core/jobs/index.js';
import { parseCommandLine, type OptionSpec } from '../args.js';
import type { CliIo, Command } from '../command.js';
import { ExitCode } from '../exit-code.js';
import { commandHelp } from '../help.js';
import { UsageError } from '../usage-error.js';
import { withProcessKeptAlive } from './cluster-keep-alive.js';
import { parseIntFlag } from './cluster-options.js';
import { isExpectedJobFailure, stringFlag } from './job-target.js';

const OPTIONS: readonly OptionSpec[] = [
  { name: 'class', short: 'c', type: 'string', valueName: 'C', description: 'Entry class (needed when the jar manifest has no Main-Class).' },
  { name: 'arg', short: 'a', type: 'string', multiple: true, valueName: 'A', description: 'A program argument of the job; repeat for several, in order.' },
  { name: 'parallelism', short: 'p', type: 'string', valueName: 'N', description: 'Default parallelism the job would be restored with (default 1).' },
  { name: 'image', type: 'string', valueName: 'I', description: "Flink image that reads the savepoint and builds the job graph (default: $FLINKFT_IMAGE, else the project's flink:<version>-java17)." },
  { name: 'json', type: 'boolean', description: 'Print the verdict as JSON (the same the editor uses).' },
  { name: 'help', short: 'h', type: 'boolean', description: 'Show this help.' },
];

export const savepointCheckCommand: Command = {
  name: 'savepoint check',
  summary: "Will a savepoint's state come back in the job as it is now? compatible / state-dropped / incompatible.",
  synopsis: 'savepoint check PATH <jar|project> [--class C] [--json]',
  options: OPTIONS,
  epilog: `PATH is a savepoint folder, a chk-N folder or its _metadata file. Flink itself answers in a
container of the cluster image (no network, everything mounted read-only): it reads _metadata and
builds the new job's graph from the jar (a project folder is built first when stale), and the
operator ids are compared as Flink's restore compares them.

Exit codes: 0 compatible, 1 state-dropped or incompatible, 2 error (bad path, build failed, Docker).`,
  async run(argv, io) {
    const { values, positionals } = parseCommandLine(argv, OPTIONS, 'savepoint check');
    if (values.help === true) {
      io.stdout.write(commandHelp(savepointCheckCommand));
      return ExitCode.ok;
    }
    if (positionals.length !== 2) throw new UsageError("'flink-ft savepoint check' takes a savepoint path and a jar or project. Usage: flink-ft savepoint check PATH <jar|project> [--class C] [--json]");
    const [savepointPath, artifact] = positionals.map((p) => resolve(io.cwd, p)) as [string, string];
    const parallelism = stringFlag(values.parallelism);
    const entryClass = stringFlag(values.class);
    const args = Array.isArray(values.arg) ? values.arg.filter((a): a is string => typeof a === 'string') : [];
    try {
      return await withProcessKeptAlive(async () => {
        const image = await savepointCheckImage(artifact, stringFlag(values.image), process.env);
        const report = await checkSavepoint(new DockerRuntimeClient(dockerEndpointFromEnv(process.env)), {
          savepointPath,
          artifact,
          image,
          args,
          ...(entryClass !== undefined && { entryClass }),
          ...(parallelism !== undefined && { parallelism: parseIntFlag(parallelism, 'parallelism', 1, 32768) }),
          onProgress: (line) => io.stderr.write(`${line}\n`),
        });
        io.stdout.write(values.json === true ? `${JSON.stringify(report, null, 2)}\n` : formatSavepointCheck(report));
        return report.verdict === 'compatible' ? ExitCode.ok : ExitCode.findings;
      });
    } catch (error) {
      if (!isExpectedJobFailure(error)) throw error;
      io.stderr.write(`flink-ft savepoint check: ${error.message}\n`);
      return ExitCode.usage;
    }
  },
};

function named(op: { name: string | null; uid: string | null; operatorId: string }): string {
  return `${op.name ?? op.operatorId} ${op.uid ? `(uid ${op.uid})` : '(no uid)'}`;
}

/** The text report: the verdict first, then what comes back, what is lost, what starts empty. */
export function formatSavepointCheck(report: SavepointCheckReport): string {
  const lines = [`${report.verdict.toUpperCase()}  ${report.savepointPath} → ${report.job.name}`, ''];
  for (const p of report.problems) lines.push(`  ✗ ${p}`);
  for (const r of report.restored) lines.push(`  ✓ ${named(r)}: ${r.stateKinds.join(', ') || 'in-flight data'}, ${r.stateSize} bytes${r.byAutoId ? ' — by an auto-generated id: set a uid' : ''}`);
  for (const d of report.dropped) lines.push(`  ✗ dropped: operator ${d.operatorId}: ${d.stateKinds.join(', ') || 'in-flight data'}, ${d.stateSize} bytes (no operator of the new job has its id)`);
  for (const e of report.startsEmpty) lines.push(`  ○ starts empty: ${named(e)}`);
  if (report.withoutUid.length > 0) lines.push(`  ! without uid (ids move when the graph changes): ${report.withoutUid.map((o) => o.name ?? o.operatorId).join(', ')}`);
  lines.push('', report.summary, '');
  return lines.join('\n');
}

/** `flink-ft savepoint check …` shares the `savepoint` name; savepoint.ts hands it over. */
export function isSavepointCheck(argv: readonly string[]): boolean {
  return argv[0] === 'check';
}

export function runSavepointCheck(argv: readonly string[], io: CliIo): Promise<number> {
  return savepointCheckCommand.run(argv.slice(1), io);
}
