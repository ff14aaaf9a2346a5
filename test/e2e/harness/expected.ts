// What the editor should show for a file, from the analysis engine itself: the UI tier checks that
// the packaged extension puts exactly these findings, hovers and lenses on screen.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer, type AnalysisResult, type Finding } from '../../../core/analysis/index.js';
import { examplesDir } from './paths.js';

/** The example's text (from the repo, not the scratch copy) and the analysis of `text`, by default that text. */
export async function expectedFor(relativePath: string, text?: string): Promise<{ source: string; result: AnalysisResult }> {
  const analyzer = await createAnalyzer();
  const path = join(examplesDir, relativePath);
  const languageId = analyzer.languageForPath(path);
  if (!languageId) throw new Error(`no analysed language for ${path}`);
  const source = readFileSync(path, 'utf8');
  return { source, result: analyzer.analyzeText(languageId, text ?? source) };
}

const severityRank: Record<Finding['severity'], number> = { error: 0, warning: 1, info: 2, hint: 3 };

/** How a row's accessible label names a severity (`Warning: …`). */
export const severityLabel: Record<Finding['severity'], string> = { error: 'Error', warning: 'Warning', info: 'Info', hint: 'Hint' };

/** Findings in the Problems panel's order within one file: by severity, then position. */
export function inProblemsOrder(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      severityRank[a.severity] - severityRank[b.severity] ||
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character,
  );
}

/** A Problems row's visible text for a finding, as VS Code renders it: message, source, code, position. */
export function problemText(finding: Finding): string {
  return flat(`${finding.message} flink-ft ${finding.ruleId} [Ln ${finding.range.start.line + 1}, Col ${finding.range.start.character + 1}]`);
}

/** Hover markdown as the hover widget renders it: paragraphs of plain text. */
export function renderedParagraphs(markdown: string): string[] {
  return markdown
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.replace(/\*\*|`/g, '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** A related-information row's visible text: `File.java [Ln x, Col y] : message` (same file only). */
export function relatedText(fileName: string, finding: Finding): string[] {
  return finding.related.map(({ range, message }) => flat(`${fileName} [Ln ${range.start.line + 1}, Col ${range.start.character + 1}] : ${message}`));
}

/** Collapses whitespace so DOM text (with its line breaks) compares with plain strings. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
