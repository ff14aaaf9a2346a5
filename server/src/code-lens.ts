// A CodeLens over each `execute(...)` states the job's end-to-end guarantee. It is a label, not an
// action: an empty command id makes VS Code render it as plain text.
import type { CodeLens } from 'vscode-languageserver/node';
import type { AnalysisResult } from '../../core/analysis/index.js';

export function codeLensesFor(result: AnalysisResult): CodeLens[] {
  return result.jobs.map((job) => ({
    range: job.executeRange,
    command: { title: job.title, command: '' },
  }));
}
