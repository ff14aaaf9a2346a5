// `npm run corpus`: scores the analyzer on the hand-labelled real-world corpus. It fetches nothing:
// it reads repositories checked out at their labelled commits (scripts/corpus/checkout.sh), runs the
// built CLI on each project folder and matches the findings to the labels.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkoutName, loadLabels } from './labels.js';
import { type FileMatch, matchFile, scoreRules } from './match.js';
import { type CorpusReport, formatReport, type NotScored } from './report.js';
import { runAnalyzer } from './run-analyzer.js';

export interface Options {
  root: string;
  labels: string;
  checkouts: string;
  cli: string;
  json: boolean;
  tolerance: number | undefined;
  /** Score only the project entries of this labelling batch (labels.json `batch`). */
  batch?: string | undefined;
}

const USAGE = `Usage: npm run corpus -- [--checkouts DIR] [--labels FILE] [--cli FILE] [--tolerance N] [--batch NAME] [--json]

  --checkouts DIR  repositories checked out as DIR/<owner>+<name> (default: $FLINKFT_CORPUS_CHECKOUTS or /work/corpus-checkouts)
  --labels FILE    the labels (default: corpus/labels.json)
  --cli FILE       the built CLI (default: cli/out/flink-ft.cjs; build it with node esbuild.js)
  --tolerance N    lines a finding may be away from its label (default: lineTolerance in the labels)
  --batch NAME     score only the project entries labelled with "batch": NAME (e.g. holdout-3)
  --json           print the report as JSON`;

function parseArgs(argv: string[], root: string): Options {
  const options: Options = {
    root,
    labels: join(root, 'corpus/labels.json'),
    checkouts: process.env.FLINKFT_CORPUS_CHECKOUTS ?? '/work/corpus-checkouts',
    cli: join(root, 'cli/out/flink-ft.cjs'),
    json: false,
    tolerance: undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value\n${USAGE}`);
      return v;
    };
    if (arg === '--checkouts') options.checkouts = resolve(value());
    else if (arg === '--labels') options.labels = resolve(value());
    else if (arg === '--cli') options.cli = resolve(value());
    else if (arg === '--tolerance') options.tolerance = Number(value());
    else if (arg === '--batch') options.batch = value();
    else if (arg === '--json') options.json = true;
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown argument ${arg}\n${USAGE}`);
  }
  return options;
}

/** The commit a checkout is at: the marker checkout.sh writes, else the checkout's own git HEAD. */
function checkedOutCommit(dir: string): string | undefined {
  const marker = `${dir}.commit`;
  if (existsSync(marker)) return readFileSync(marker, 'utf8').trim();
  const git = spawnSync('git', ['-C', dir, 'rev-parse', 'HEAD'], { encoding: 'utf8' });
  return git.status === 0 ? git.stdout.trim() : undefined;
}

/** Scores every labelled project folder found under the checkouts folder; the others are listed as not scored. */
export function scoreCorpus(options: Omit<Options, 'json' | 'root'>, progress: (text: string) => void = () => {}): CorpusReport {
  if (!existsSync(options.cli)) throw new Error(`${options.cli} is missing: build it with node esbuild.js`);
  const labels = loadLabels(options.labels);
  const tolerance = options.tolerance ?? labels.lineTolerance;
  const projects = options.batch === undefined ? labels.projects : labels.projects.filter((p) => p.batch === options.batch);
  if (options.batch !== undefined && projects.length === 0) {
    const known = [...new Set(labels.projects.flatMap((p) => (p.batch === undefined ? [] : [p.batch])))];
    throw new Error(`no project entry has batch ${options.batch}; known batches: ${known.join(', ') || 'none'}`);
  }
  const matches: FileMatch[] = [];
  const notScored: NotScored[] = [];
  const misses: CorpusReport['misses'] = [];
  const falsePositives: CorpusReport['falsePositives'] = [];
  let scored = 0;
  let files = 0;
  const repositories = new Set<string>();
  for (const project of projects) {
    const repoRoot = join(options.checkouts, checkoutName(project.repository));
    const folder = join(repoRoot, project.project);
    const skip = (why: string) => notScored.push({ repository: project.repository, project: project.project, why });
    if (!existsSync(repoRoot)) {
      skip(`no checkout at ${repoRoot}`);
      continue;
    }
    const commit = checkedOutCommit(repoRoot);
    if (commit !== project.commit) {
      skip(commit ? `checked out at ${commit}, labelled at ${project.commit}` : `cannot tell which commit ${repoRoot} is at (no .commit marker, no git HEAD)`);
      continue;
    }
    if (!existsSync(folder)) {
      skip(`project folder ${project.project} is missing from the checkout`);
      continue;
    }
    progress(`» ${project.repository} ${project.project}`);
    const found = runAnalyzer(options.cli, folder, repoRoot);
    scored++;
    repositories.add(project.repository);
    for (const file of project.files) {
      files++;
      const match = matchFile(file.path, file.expected, found.filter((f) => f.file === file.path), labels.rules, tolerance);
      matches.push(match);
      misses.push(...match.misses.map((m) => ({ ...m, repository: project.repository })));
      falsePositives.push(...match.falsePositives.map((f) => ({ ...f, repository: project.repository })));
    }
  }
  const { perRule, overall } = scoreRules(matches, labels.rules);
  return {
    checkouts: options.checkouts,
    batch: options.batch,
    projects: { scored, notScored: notScored.length },
    files,
    repositories: repositories.size,
    perRule,
    overall,
    notScored,
    misses,
    falsePositives,
  };
}

export function main(argv: string[], root: string): number {
  const options = parseArgs(argv, root);
  const report = scoreCorpus(options, (text) => process.stderr.write(`${text}\n`));
  process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
  return 0;
}
