// The static analysis and the drill explain each other: when the drill fails on state or position,
// the findings of the rules about exactly that (FLINK002 sources without a checkpointed position,
// FLINK011 state kept outside Flink state) are cited with where they point.
import { readFile, stat } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyzeWorkspace, createAnalyzer, defaultAnalysisSettings, WorkspaceIndex, type WorkspaceFile } from '../analysis/index.js';
import { walkFiles } from '../source-files/index.js';
import type { CitedFinding, RecoveryReport } from './recovery-report.js';

/** Rules whose findings predict a drill failing on state or source position. */
export const RECOVERY_RULES: readonly string[] = ['FLINK002', 'FLINK011'];

/** Steps whose failure means state or position did not survive (not set-up or infrastructure). */
const STATE_STEPS = new Set(['output-continued', 'sequence-intact', 'restored-from-checkpoint']);

/** Source findings of the recovery rules for a project folder or a PyFlink script; undefined for a bare jar (no source to read). */
export async function recoveryFindings(artifact: string, entryClass?: string): Promise<CitedFinding[] | undefined> {
  const info = await stat(artifact).catch(() => undefined);
  if (!info || (!info.isDirectory() && !artifact.endsWith('.py'))) return undefined;
  const analyzer = await createAnalyzer();
  const index = new WorkspaceIndex(analyzer);
  const paths = info.isDirectory() ? walkFiles([artifact], { include: (p) => index.kindOf(p) !== 'other' }) : [artifact];
  const files: WorkspaceFile[] = await Promise.all(paths.map(async (p) => ({ uri: pathToFileURL(p).href, text: await readFile(p, 'utf8') })));
  const root = info.isDirectory() ? artifact : undefined;
  const { results } = analyzeWorkspace(analyzer, files, defaultAnalysisSettings, undefined, index);
  const belongs = jobFiles(files, entryClass);
  return [...results.entries()].filter(([uri]) => belongs(uri)).flatMap(([uri, result]) =>
    result.findings
      .filter((f) => RECOVERY_RULES.includes(f.ruleId))
      .map((f) => {
        const path = fileURLToPath(uri);
        return { ruleId: f.ruleId, ruleName: f.ruleName, message: f.message, file: root ? relative(root, path) : path, line: f.range.start.line + 1 };
      }),
  );
}

/**
 * Which files are the job's: with an entry class, its own file and the files of the classes it
 * names (a project may hold several jobs); without one, every file.
 */
function jobFiles(files: readonly WorkspaceFile[], entryClass: string | undefined): (uri: string) => boolean {
  if (!entryClass) return () => true;
  const path = entryClass.replace(/\./g, '/');
  const entry = files.find((f) => /\.(java|scala|kt)$/.test(f.uri) && f.uri.replace(/\.(java|scala|kt)$/, '').endsWith(`/${path}`));
  if (!entry) return () => true;
  const named = new Set(entry.text.match(/\b[A-Z]\w*/g) ?? []);
  return (uri) => uri === entry.uri || named.has(uri.replace(/^.*\//, '').replace(/\.\w+$/, ''));
}

/**
 * A failed drill on state or position, with the findings that explain it: cited in the summary. A
 * failure no finding explains keeps `findings: []`, a hint that a rule is missing.
 */
export async function withStaticFindings(report: RecoveryReport, artifact: string): Promise<RecoveryReport> {
  if (report.verdict !== 'fail' || !report.decisiveStep || !STATE_STEPS.has(report.decisiveStep.id) || report.job.control) return report;
  const findings = await recoveryFindings(artifact, report.job.entryClass).catch(() => undefined);
  if (!findings) return report;
  const cited = findings.map((f) => `${f.ruleId} ${f.ruleName} at ${f.file}:${f.line}`);
  return {
    ...report,
    findings,
    summary: `${report.summary}${cited.length > 0 ? ` Static analysis predicted it: ${cited.join('; ')}.` : ' No static finding explains this failure.'}`,
  };
}
