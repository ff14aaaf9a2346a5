// The custom LSP messages and shapes the language server and the VS Code client share. Both import
// this file, so it imports nothing: neither the editor API nor the LSP library, nor the analyzer.

/** The `source` of every diagnostic this server publishes; code actions only answer for these. */
export const DIAGNOSTIC_SOURCE = 'flink-ft';

/**
 * The `flinkFt` configuration section as the client answers `workspace/configuration` for it.
 * Values are checked on the server: settings files can hold anything.
 */
export interface FlinkFtSettings {
  checkpointInterval: number;
  rules: Record<string, string>;
  /** The Flink version the project targets; empty = detected from build files. */
  flinkVersion: string;
  /** The local cluster's configuration: checkpointing enabled there counts for FLINK001. */
  cluster: { flinkProperties: Record<string, string> };
}

/**
 * Sent by the client to the server: lists the rules the analyzer knows, so the client can offer a
 * picker (e.g. "Open Rule Documentation" from the command palette) without loading the analyzer.
 */
export namespace ListRulesRequest {
  export const method = 'flinkFt/listRules';
  export type Result = RuleSummary[];
}

/** What the client needs to know of a rule to offer it in a picker. */
export interface RuleSummary {
  /** Stable code, e.g. `FLINK001`. */
  id: string;
  /** Kebab-case name, e.g. `checkpointing-disabled`. */
  name: string;
  description: string;
  docsUrl: string;
}
