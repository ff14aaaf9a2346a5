// Edits shared by the sink rules: choosing a delivery guarantee and adding a required builder call.
import type { ConnectorEntry, ResolvedGuarantee } from '../catalog/catalog.js';
import type { Catalog } from '../catalog/catalog.js';
import type { LanguageSyntax, SinkModel } from '../model.js';
import type { Guarantee, LanguageId, TextEdit } from '../types.js';

export interface SinkFixContext {
  sink: SinkModel;
  entry: ConnectorEntry;
  resolved: ResolvedGuarantee;
  catalog: Catalog;
  languageId: LanguageId;
  syntax: LanguageSyntax;
}

/** `KafkaPipeline` → `kafka-pipeline-`: a readable, job-specific transactional id prefix. */
export function prefixFor(contextName: string): string {
  const kebab = contextName.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/[^A-Za-z0-9]+/g, '-').toLowerCase().replace(/^-|-$/g, '');
  return `${kebab || 'flink-job'}-`;
}

/** Inserts chained calls before the terminal `.build()`, keeping one call per line in multi-line chains. */
function insertBeforeBuild(sink: SinkModel, calls: string[]): TextEdit | undefined {
  const at = sink.connector?.buildDot;
  if (!at || calls.length === 0) return undefined;
  const indent = sink.connector?.buildIndent;
  const newText = calls.map((call) => (indent !== undefined ? `${call}\n${indent}` : call)).join('');
  return { range: { start: at, end: at }, newText };
}

/** The calls a requirement of `guarantee` needs that the builder does not make yet. */
function requirementCalls(ctx: SinkFixContext, guarantee: Guarantee): string[] {
  const calls = ctx.sink.connector?.calls ?? [];
  return ctx.catalog.missingRequirements(ctx.entry, guarantee, calls, ctx.languageId).flatMap((requirement) => {
    const method = requirement.method[ctx.languageId];
    return method ? [ctx.syntax.chainedCall(method, [ctx.syntax.stringLiteral(prefixFor(ctx.sink.contextName))])] : [];
  });
}

/** Edits adding the calls missing for `guarantee`, or undefined when there is nowhere to put them. */
export function requirementEdits(ctx: SinkFixContext, guarantee: Guarantee): TextEdit[] | undefined {
  if (ctx.entry.sql) return undefined; // table options live in SQL text or option(...) calls, not builder setters
  const edit = insertBeforeBuild(ctx.sink, requirementCalls(ctx, guarantee));
  return edit ? [edit] : undefined;
}

/**
 * Edits that make the sink use `guarantee` through its delivery-guarantee setter (replacing the
 * current argument or adding the setter), plus what that guarantee requires and the enum import.
 */
export function guaranteeEdits(ctx: SinkFixContext, guarantee: Guarantee): TextEdit[] | undefined {
  const setter = ctx.entry.sql ? undefined : ctx.entry.guarantee.setter;
  const method = setter?.method[ctx.languageId];
  const constant = setter ? Object.entries(setter.values).find(([, g]) => g === guarantee)?.[0] : undefined;
  if (!setter || !method || !constant) return undefined;
  const reference = ctx.syntax.enumConstant(setter.enumType, constant);
  const edits: TextEdit[] = [];
  const inserted: string[] = [];
  const decided = ctx.resolved.decidedBy;
  const argument = decided && ctx.catalog.guaranteeSetterNames(ctx.entry, ctx.languageId).has(decided.method) ? ctx.resolved.decidedArgument : undefined;
  if (argument) edits.push({ range: argument.range, newText: reference });
  else inserted.push(ctx.syntax.chainedCall(method, [reference]));
  inserted.push(...requirementCalls(ctx, guarantee));
  if (inserted.length > 0) {
    const edit = insertBeforeBuild(ctx.sink, inserted);
    if (!edit) return undefined;
    edits.push(edit);
  }
  const qualified = setter.enumImport[ctx.languageId];
  // Replacing an enum constant keeps its import; replacing a string needs one.
  const importEdit = qualified && argument?.enumName === undefined ? ctx.syntax.importEdit(qualified) : undefined;
  if (importEdit) edits.push(importEdit);
  return edits;
}
