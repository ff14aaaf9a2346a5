// The whole-workspace index and the analysis of a folder as one workspace.
export { WorkspaceIndex, type WorkspaceFileKind } from './workspace-index.js';
export { analyzeWorkspace, analyzeWorkspaceInSlices, type WorkspaceAnalysis, type WorkspaceFile } from './analyze-workspace.js';
export type { AnalysisContext } from './analysis-context.js';
export type { CrossFileLookup, ResolvedMember, EnvironmentFacts } from './workspace-lookup.js';
