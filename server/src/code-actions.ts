// Quick fixes for our diagnostics. A diagnostic from the editor is matched back to the finding it
// came from by rule id and exact range; the finding carries the fix and the suggestions.
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionContext,
  type Diagnostic,
  type Range,
} from 'vscode-languageserver/node';
import type { AnalysisResult, Finding, Fix } from '../../core/analysis/index.js';
import { COMMAND_IDS, DIAGNOSTIC_SOURCE } from '../../core/protocol/index.js';

export function codeActionsFor(uri: string, result: AnalysisResult, context: CodeActionContext): CodeAction[] {
  if (context.only && !context.only.some((kind) => CodeActionKind.QuickFix.startsWith(kind))) return [];
  const fixes: CodeAction[] = [];
  const docs = new Map<string, CodeAction>();
  for (const diagnostic of context.diagnostics) {
    const finding = findingFor(diagnostic, result);
    if (!finding) continue;
    if (finding.fix) fixes.push(toCodeAction(uri, finding.fix, diagnostic, finding.fix.isPreferred ?? true));
    for (const suggestion of finding.suggestions) fixes.push(toCodeAction(uri, suggestion, diagnostic, false));
    if (!docs.has(finding.ruleId)) docs.set(finding.ruleId, showDocumentation(finding, diagnostic));
  }
  // Fixes first, documentation last: the light bulb lists them in this order.
  return [...fixes, ...docs.values()];
}

function findingFor(diagnostic: Diagnostic, result: AnalysisResult): Finding | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  return result.findings.find((finding) => finding.ruleId === diagnostic.code && rangesEqual(finding.range, diagnostic.range));
}

function toCodeAction(uri: string, fix: Fix, diagnostic: Diagnostic, isPreferred: boolean): CodeAction {
  return {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred,
    edit: { changes: { [uri]: fix.edits.map(({ range, newText }) => ({ range, newText })) } },
  };
}

function showDocumentation(finding: Finding, diagnostic: Diagnostic): CodeAction {
  const title = `Show documentation for ${finding.ruleId}`;
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    command: { title, command: COMMAND_IDS.openRuleDocs, arguments: [finding.ruleId, finding.docsUrl] },
  };
}

function rangesEqual(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}
