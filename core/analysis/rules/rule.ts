// The rule contract, ESLint-style: `meta` describes the rule, `create(ctx)` returns visitors over the
// job model and reports through `ctx.report({ node | range, messageId, data, fix, suggest, related })`.
// Rules know nothing of LSP or of any one language's syntax.
import type { Catalog } from '../catalog/catalog.js';
import type { EnvironmentModel, ExecuteModel, JobModel, SinkModel, SourceModel } from '../model.js';
import type { AnalysisSettings, LanguageId, Range, Severity, TextEdit } from '../types.js';
import { DOCS_BASE_URL } from '../types.js';

export type MessageData = Record<string, string | number>;

/** A quick fix; its title is the message `messageId` with `data` filled in. */
export interface FixDescriptor<M extends string> {
  messageId: M;
  data?: MessageData;
  edits: TextEdit[];
}

export interface RelatedDescriptor<M extends string> {
  node?: { range: Range };
  range?: Range;
  /** The document it is in, when not the analysed one. */
  uri?: string;
  messageId: M;
  data?: MessageData;
}

export interface ReportDescriptor<M extends string> {
  /** Any model element; the finding takes its `range`. */
  node?: { range: Range };
  range?: Range;
  messageId: M;
  data?: MessageData;
  /** Safe to apply automatically (offered as the preferred quick fix). */
  fix?: FixDescriptor<M>;
  /** Quick fixes the user picks by hand. */
  suggest?: FixDescriptor<M>[];
  related?: RelatedDescriptor<M>[];
}

export interface RuleContext<M extends string> {
  readonly model: JobModel;
  readonly languageId: LanguageId;
  readonly settings: AnalysisSettings;
  readonly catalog: Catalog;
  environment(id: number | undefined): EnvironmentModel | undefined;
  report(descriptor: ReportDescriptor<M>): void;
}

/** Called once per model element of that kind, in source order, then `jobExit` once. */
export interface RuleVisitors {
  environment?(env: EnvironmentModel): void;
  source?(source: SourceModel): void;
  sink?(sink: SinkModel): void;
  execute?(execute: ExecuteModel): void;
  jobExit?(): void;
}

export interface RuleModuleMeta<M extends string> {
  /** Stable code, `FLINKnnn`. */
  id: string;
  /** Stable kebab-case name. */
  name: string;
  type: 'problem' | 'suggestion';
  defaultSeverity: Severity;
  languages: LanguageId[];
  description: string;
  messages: Record<M, string>;
  /** Messages whose consequence is worse than the rule's default (e.g. a job that cannot start). */
  messageSeverity?: Partial<Record<M, Severity>>;
  fixable: boolean;
  hasSuggestions: boolean;
}

export interface RuleModule<M extends string = string> {
  meta: RuleModuleMeta<M>;
  create(ctx: RuleContext<M>): RuleVisitors;
}

/** The public description of a rule (no behaviour, no messages), as listed by `Analyzer.rules`. */
export interface RuleMeta extends Omit<RuleModuleMeta<string>, 'messages' | 'messageSeverity'> {
  docsUrl: string;
}

/** Identity function that types `messageId`s from `meta.messages` (a typo is a compile error). */
export function defineRule<M extends string>(rule: RuleModule<M>): RuleModule<M> {
  return rule;
}

export function docsUrlOf(id: string): string {
  return `${DOCS_BASE_URL}${id}.md`;
}

export function ruleMetaOf(rule: RuleModule): RuleMeta {
  const { id, name, type, defaultSeverity, languages, description, fixable, hasSuggestions } = rule.meta;
  return { id, name, type, defaultSeverity, languages: [...languages], description, fixable, hasSuggestions, docsUrl: docsUrlOf(id) };
}
