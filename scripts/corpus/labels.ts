// The hand-labelled corpus (corpus/labels.json): which public repositories, at which commit, which
// folder a user would open, and per job file the findings a Flink reviewer expects.
import { readFileSync } from 'node:fs';

export type CorpusLanguage = 'java' | 'scala' | 'python';

export interface ExpectedFinding {
  rule: string;
  /** 1-based line of the call the finding should point at (for FLINK003 the sink-attach call). */
  line: number;
  /** Other lines a finding may point at as well (FLINK011: the field's mutations, besides its declaration). */
  alsoAt?: number[];
  reason: string;
}

export interface LabelledFile {
  /** Path relative to the repository root. */
  path: string;
  language: CorpusLanguage;
  /** API era of the code: 1.x-legacy (FlinkKafkaConsumer, addSource, FsStateBackend...), 1.x-new, 2.x, or none. */
  era: string;
  expected: ExpectedFinding[];
}

export interface LabelledProject {
  /** GitHub owner/name. */
  repository: string;
  /** The commit the labels were made at. */
  commit: string;
  /** Folder the analyzer is run on, relative to the repository root ("." for the root). */
  project: string;
  /** The labelling batch the entry belongs to (e.g. "holdout-3"), so it can be scored on its own; absent for the first batches. */
  batch?: string;
  files: LabelledFile[];
}

export interface CorpusLabels {
  version: 1;
  rules: string[];
  lineTolerance: number;
  projects: LabelledProject[];
}

const LANGUAGES: readonly string[] = ['java', 'scala', 'python'];

/** Reads and checks labels.json; throws with the offending entry so a broken edit is found at once. */
export function loadLabels(path: string): CorpusLabels {
  const raw: unknown = JSON.parse(readFileSync(path, 'utf8'));
  return parseLabels(raw);
}

export function parseLabels(raw: unknown): CorpusLabels {
  const doc = raw as Partial<CorpusLabels>;
  if (doc.version !== 1) throw new Error('labels: version must be 1');
  if (!Array.isArray(doc.rules) || doc.rules.length === 0) throw new Error('labels: rules must list the scored rule ids');
  if (typeof doc.lineTolerance !== 'number' || doc.lineTolerance < 0) throw new Error('labels: lineTolerance must be a number >= 0');
  if (!Array.isArray(doc.projects)) throw new Error('labels: projects must be an array');
  const rules = new Set(doc.rules);
  for (const project of doc.projects) {
    const where = `${project.repository} (${project.project})`;
    if (!/^[\w.-]+\/[\w.-]+$/.test(project.repository)) throw new Error(`labels: bad repository ${project.repository}`);
    if (!/^[0-9a-f]{40}$/.test(project.commit)) throw new Error(`labels: ${where}: commit must be a 40-hex sha`);
    if (typeof project.project !== 'string' || project.project.startsWith('/') || project.project.includes('..')) {
      throw new Error(`labels: ${where}: project must be a repository-relative folder`);
    }
    if (project.batch !== undefined && (typeof project.batch !== 'string' || !/^[\w.-]+$/.test(project.batch))) {
      throw new Error(`labels: ${where}: batch must be a name of letters, digits, '.', '_' or '-'`);
    }
    for (const file of project.files) {
      if (!LANGUAGES.includes(file.language)) throw new Error(`labels: ${where} ${file.path}: unknown language ${file.language}`);
      if (project.project !== '.' && !file.path.startsWith(`${project.project.replace(/\/$/, '')}/`)) {
        throw new Error(`labels: ${where} ${file.path}: file lies outside the project folder`);
      }
      for (const finding of file.expected) {
        if (!rules.has(finding.rule)) throw new Error(`labels: ${where} ${file.path}: rule ${finding.rule} is not scored`);
        for (const line of [finding.line, ...(finding.alsoAt ?? [])]) {
          if (!Number.isInteger(line) || line < 1) throw new Error(`labels: ${where} ${file.path}: bad line ${line}`);
        }
      }
    }
  }
  return doc as CorpusLabels;
}

/** The folder name a checkout of this repository has under the checkouts folder: owner+name. */
export function checkoutName(repository: string): string {
  return repository.replace('/', '+');
}
