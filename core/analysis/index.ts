// The public API of the analysis engine, used by the language server, the CLI and the bench.
export * from './types.js';
export { createAnalyzer } from './analyzer.js';
export type { Analyzer, AnalyzerOptions } from './analyzer.js';
export type { ContentChange, ParsedDocument } from './parse/parsed-document.js';
export type { RuleMeta } from './rules/rule.js';
export { describeRuleIds, resolveRuleId, resolveRuleSeverities } from './rules/resolve-rule-ids.js';
export type { JobModel } from './model.js';
export { WorkspaceIndex, analyzeWorkspace, analyzeWorkspaceInSlices } from './cross-file/index.js';
export type { AnalysisContext, WorkspaceAnalysis, WorkspaceFile, WorkspaceFileKind } from './cross-file/index.js';
export type { FlinkVersion } from './version/flink-version.js';
