// What the language server, the VS Code client and package.json agree on: contributed ids and the
// custom LSP messages.
export { COMMAND_IDS, CONTEXT_KEYS, VIEW_IDS, type CommandId, type CommandName } from './contribution-ids.js';
export { DIAGNOSTIC_SOURCE, ListRulesRequest, type FlinkFtSettings, type RuleSummary } from './lsp-messages.js';
