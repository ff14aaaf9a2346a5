// Runs rules over one job model: a single pass over the model's elements dispatching to every
// rule's visitors. A throwing rule is recorded in ruleErrors and its findings are dropped.
import type { Catalog } from './catalog/catalog.js';
import type { JobModel } from './model.js';
import type { FixDescriptor, MessageData, ReportDescriptor, RuleModule, RuleVisitors } from './rules/rule.js';
import { docsUrlOf } from './rules/rule.js';
import type { AnalysisSettings, Finding, Fix, Range, Severity } from './types.js';

export interface RuleRunResult {
  findings: Finding[];
  ruleErrors: { ruleId: string; error: Error }[];
}

export function interpolate(template: string, data: MessageData | undefined): string {
  return template.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (whole, key: string) => (data && key in data ? String(data[key]) : whole));
}

/** The severity a rule runs with, or 'off'. Settings may name a rule by id or by kebab name. */
export function effectiveSeverity(rule: RuleModule, settings: AnalysisSettings): Severity | 'off' {
  return settings.rules[rule.meta.id] ?? settings.rules[rule.meta.name] ?? rule.meta.defaultSeverity;
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

interface ActiveRule {
  rule: RuleModule;
  visitors: RuleVisitors;
  findings: Finding[];
  failed: boolean;
}

export function runRules(rules: readonly RuleModule[], model: JobModel, settings: AnalysisSettings, catalog: Catalog): RuleRunResult {
  const ruleErrors: RuleRunResult['ruleErrors'] = [];
  const active: ActiveRule[] = [];
  const environments = new Map(model.environments.map((env) => [env.id, env]));

  for (const rule of rules) {
    const configured = effectiveSeverity(rule, settings);
    if (configured === 'off' || !rule.meta.languages.includes(model.languageId)) continue;
    const explicit = settings.rules[rule.meta.id] ?? settings.rules[rule.meta.name];
    const findings: Finding[] = [];
    const messages: Record<string, string> = rule.meta.messages;
    const toFix = (fix: FixDescriptor<string>, preferred: boolean): Fix => ({
      title: interpolate(messages[fix.messageId] ?? fix.messageId, fix.data),
      edits: fix.edits,
      ...(preferred ? { isPreferred: true } : {}),
    });
    const report = (d: ReportDescriptor<string>): void => {
      const range: Range | undefined = d.range ?? d.node?.range;
      const template = messages[d.messageId];
      if (!range || template === undefined) throw new Error(`${rule.meta.id}: report needs a range and a known messageId (got '${d.messageId}')`);
      const severity = explicit && explicit !== 'off' ? explicit : (rule.meta.messageSeverity?.[d.messageId] ?? configured);
      const finding: Finding = {
        ruleId: rule.meta.id,
        ruleName: rule.meta.name,
        messageId: d.messageId,
        severity,
        message: interpolate(template, d.data),
        range,
        related: (d.related ?? []).flatMap((r) => {
          const at = r.range ?? r.node?.range;
          return at ? [{ range: at, message: interpolate(messages[r.messageId] ?? r.messageId, r.data), ...(r.uri ? { uri: r.uri } : {}) }] : [];
        }),
        suggestions: (d.suggest ?? []).map((s) => toFix(s, false)),
        docsUrl: docsUrlOf(rule.meta.id),
      };
      if (d.fix) finding.fix = toFix(d.fix, true);
      findings.push(finding);
    };
    try {
      const visitors = rule.create({
        model,
        languageId: model.languageId,
        settings,
        catalog,
        environment: (id) => (id === undefined ? undefined : environments.get(id)),
        report,
      });
      active.push({ rule, visitors, findings, failed: false });
    } catch (error) {
      ruleErrors.push({ ruleId: rule.meta.id, error: toError(error) });
    }
  }

  const dispatch = (call: (visitors: RuleVisitors) => void): void => {
    for (const entry of active) {
      if (entry.failed) continue;
      try {
        call(entry.visitors);
      } catch (error) {
        entry.failed = true;
        ruleErrors.push({ ruleId: entry.rule.meta.id, error: toError(error) });
      }
    }
  };
  for (const env of model.environments) dispatch((v) => v.environment?.(env));
  for (const source of model.sources) dispatch((v) => v.source?.(source));
  for (const sink of model.sinks) dispatch((v) => v.sink?.(sink));
  for (const execute of model.executions) dispatch((v) => v.execute?.(execute));
  dispatch((v) => v.jobExit?.());

  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const entry of active) {
    if (entry.failed) continue;
    for (const finding of entry.findings) {
      // A helper called twice yields the same finding twice; report each place once.
      const key = `${finding.ruleId}|${finding.range.start.line}:${finding.range.start.character}|${finding.range.end.line}:${finding.range.end.character}|${finding.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(finding);
    }
  }
  findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.ruleId.localeCompare(b.ruleId));
  return { findings, ruleErrors };
}
