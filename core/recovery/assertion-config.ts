// Per-job output assertions, from `flink-ft-recovery.json` at the project root:
//   { "jobs": { "com.example.Counts": { "progress": "count=(?<value>\\d+)" },
//               "jobs/enrich.py":     { "script": "node check-enrich.mjs" } },
//     "default": { "progress": "key=(?<key>\\w+) n=(?<value>\\d+)" } }
// Keys are entry classes or script paths relative to the project root.
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { compileProgressPattern, type ProgressAssertion } from './progress-assertion.js';

export const ASSERTION_CONFIG_FILE = 'flink-ft-recovery.json';

interface Entry {
  progress?: string;
  script?: string;
}

export interface AssertionConfig {
  root: string;
  jobs: Record<string, Entry>;
  default?: Entry;
}

/** Undefined when the project has no such file; a malformed file is an error that names it. */
export async function loadAssertionConfig(root: string): Promise<AssertionConfig | undefined> {
  const path = join(root, ASSERTION_CONFIG_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const object = (parsed ?? {}) as { jobs?: unknown; default?: unknown };
  const config: AssertionConfig = { root, jobs: {}, ...(isEntry(object.default) && { default: object.default }) };
  for (const [key, value] of Object.entries(typeof object.jobs === 'object' && object.jobs ? object.jobs : {})) {
    if (!isEntry(value)) throw new Error(`${path}: jobs["${key}"] needs "progress" (a regex with a group named value) or "script" (a command).`);
    config.jobs[key] = value;
  }
  for (const entry of [...Object.values(config.jobs), ...(config.default ? [config.default] : [])]) {
    if (entry.progress) compileProgressPattern(entry.progress);
  }
  return config;
}

/** The assertion for a job, by entry class or script path; the file's default otherwise. */
export function assertionFor(config: AssertionConfig | undefined, job: { entryClass?: string; artifact: string }): ProgressAssertion | undefined {
  if (!config) return undefined;
  const rel = relative(config.root, job.artifact).split('\\').join('/');
  const entry = (job.entryClass && config.jobs[job.entryClass]) || config.jobs[rel] || config.default;
  if (!entry) return undefined;
  if (entry.progress) return { kind: 'regex', pattern: entry.progress };
  if (entry.script) return { kind: 'script', command: entry.script, cwd: config.root };
  return undefined;
}

function isEntry(value: unknown): value is Entry {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v['progress'] === 'string' || typeof v['script'] === 'string';
}
