// Runs the built CLI on one project folder, as a user would (`flink-ft check <folder> --format json`).
import { spawnSync } from 'node:child_process';
import { isAbsolute, relative, resolve } from 'node:path';

export interface CliFinding {
  /** Path relative to the repository checkout. */
  file: string;
  rule: string;
  line: number;
  message: string;
}

interface CliJson {
  version: number;
  findings: { file: string; line: number; rule: string; message: string }[];
}

/** The findings of one run; `repoRoot` turns the CLI's absolute paths into repository-relative ones. */
export function runAnalyzer(cli: string, folder: string, repoRoot: string): CliFinding[] {
  const run = spawnSync(process.execPath, [cli, 'check', folder, '--format', 'json'], { cwd: folder, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  // Exit 1 only means "warnings found"; 2 is a usage error or a failed check.
  if (run.error) throw run.error;
  if (run.status !== 0 && run.status !== 1) throw new Error(`flink-ft check ${folder} exited ${run.status}: ${run.stderr.trim()}`);
  const doc = JSON.parse(run.stdout) as CliJson;
  if (doc.version !== 1 || !Array.isArray(doc.findings)) throw new Error(`flink-ft check ${folder}: unexpected JSON (version ${doc.version})`);
  return doc.findings.map((f) => ({
    file: relative(repoRoot, isAbsolute(f.file) ? f.file : resolve(folder, f.file)).split('\\').join('/'),
    rule: f.rule,
    line: f.line,
    message: f.message,
  }));
}
