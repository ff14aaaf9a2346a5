// The public vocabulary of the analysis engine, shared by the language server, the CLI and tests.
// Positions follow LSP conventions (0-based line, UTF-16 character offset) so the server can pass
// them through unchanged; the CLI converts to 1-based for humans and SARIF.

export type LanguageId = 'java' | 'python' | 'scala';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';
/** Every value a rule's severity setting may take, in the CLI's `--rule` and the editor's `flinkFt.rules`. */
export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

/** A code change a rule proposes; `isPreferred` marks the one quick fix that is safe to auto-apply. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  isPreferred?: boolean;
}

/** "The other end" of a finding, e.g. the checkpoint mode that a sink contradicts. */
export interface RelatedLocation {
  range: Range;
  message: string;
  /** The document it is in, when that is not the finding's own (a class in another file). */
  uri?: string;
}

export interface Finding {
  /** Stable code, e.g. `FLINK001`. */
  ruleId: string;
  /** Kebab-case rule name, e.g. `checkpointing-disabled`. */
  ruleName: string;
  /** Which message of the rule this is (the rule's `meta.messages` key); for tests and tooling. */
  messageId?: string;
  severity: Severity;
  /** States the consequence: data lost, duplicated, never committed. */
  message: string;
  range: Range;
  related: RelatedLocation[];
  /** The preferred fix, offered as a quick fix (and `isPreferred`). */
  fix?: Fix;
  /** Other fixes the user may pick. */
  suggestions: Fix[];
  /** Absolute URL of the rule's documentation page. */
  docsUrl: string;
}

/** End-to-end delivery guarantee of a job, weakest link wins. */
export type Guarantee = 'exactly-once' | 'at-least-once' | 'at-most-once' | 'none';

/**
 * A guarantee as the source shows it: `unknown` when the code chooses it at run time (a setter
 * given a variable, a parameter or a call, not a constant), so no rule may assume one.
 */
export type GuaranteeOrUnknown = Guarantee | 'unknown';

export interface JobSummary {
  /** Range of the `execute(...)` call (or `executeAsync`, `execute_sql` etc.). */
  executeRange: Range;
  guarantee: GuaranteeOrUnknown;
  /** Why the guarantee is what it is, e.g. `print() on line 12` or `checkpointing off`. */
  reason: string;
  /** Ready-to-show CodeLens title, e.g. `Flink: at-least-once — print() on line 12`. */
  title: string;
}

/** Markdown explanation for a source, sink or checkpoint call, shown on hover. */
export interface HoverInfo {
  range: Range;
  markdown: string;
}

export interface AnalysisSettings {
  /** Interval inserted by the FLINK001 quick fix, in milliseconds. */
  checkpointIntervalMs: number;
  /** Per-rule severity overrides by rule id; `off` disables the rule. */
  rules: Record<string, SeveritySetting>;
  /** The project's Flink version (`1.20`, `2.0`): a setting, else detected from build files. */
  flinkVersion?: string;
  /** The extension's local-cluster properties (`flinkFt.cluster.flinkProperties`). */
  clusterFlinkProperties?: Record<string, string>;
}

export const defaultAnalysisSettings: AnalysisSettings = {
  checkpointIntervalMs: 10_000,
  rules: {},
};

export interface AnalysisResult {
  findings: Finding[];
  jobs: JobSummary[];
  hovers: HoverInfo[];
  /** Rules that threw while analysing this document (the rule is skipped, the rest still run). */
  ruleErrors: { ruleId: string; error: Error }[];
}

/** Where the docs pages live; `codeDescription.href` and SARIF `helpUri` point here. */
export const DOCS_BASE_URL = 'https://github.com/flinkft/flink-fault-tolerance/blob/main/docs/rules/';
