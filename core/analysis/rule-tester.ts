// ESLint-style RuleTester over vitest: `new RuleTester().run(rule, { valid, invalid })` defines one
// test per case, runs only that rule, and compares messageIds and exact 1-based ranges, the
// preferred fix's output and each suggestion's output.
import { describe, expect, it } from 'vitest';
import { applyEdits } from './apply-edits.js';
import type { Analyzer } from './analyzer.js';
import { createAnalyzer } from './analyzer.js';
import type { RuleModule } from './rules/rule.js';
import type { AnalysisSettings, Finding, LanguageId } from './types.js';
import { defaultAnalysisSettings } from './types.js';

export interface CaseOptions {
  code: string;
  /** Test title; defaults to the first line that says what the case is about. */
  name?: string;
  language?: LanguageId;
  settings?: Partial<AnalysisSettings>;
}

export type ValidCase = string | CaseOptions;

export interface ExpectedSuggestion {
  /** The quick fix title. */
  title?: string;
  output: string;
}

export interface ExpectedError {
  messageId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity?: Finding['severity'];
  /** Substring of the message, to check placeholders were filled. */
  messageIncludes?: string;
  suggestions?: ExpectedSuggestion[];
}

export interface InvalidCase extends CaseOptions {
  errors: ExpectedError[];
  /** Text after applying every preferred fix; `null` when no finding has a fix. Required when one does. */
  output?: string | null;
}

const analyzers = new Map<RuleModule, Promise<Analyzer>>();

function analyzerFor(rule: RuleModule): Promise<Analyzer> {
  let analyzer = analyzers.get(rule);
  if (!analyzer) {
    analyzer = createAnalyzer({ rules: [rule] });
    analyzers.set(rule, analyzer);
  }
  return analyzer;
}

function titleOf(testCase: CaseOptions | string, index: number): string {
  const code = typeof testCase === 'string' ? testCase : testCase.code;
  const name = typeof testCase === 'string' ? undefined : testCase.name;
  if (name) return name;
  const comment = /\/\/\s*(.+)/.exec(code);
  return `#${index + 1}${comment ? `: ${comment[1]!.trim()}` : ''}`;
}

export class RuleTester {
  constructor(private readonly defaults: { language?: LanguageId } = {}) {}

  run(rule: RuleModule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
    const analyze = async (testCase: CaseOptions) => {
      const analyzer = await analyzerFor(rule);
      const settings: AnalysisSettings = { ...defaultAnalysisSettings, ...testCase.settings };
      const result = analyzer.analyzeText(testCase.language ?? this.defaults.language ?? 'java', testCase.code, settings);
      expect(result.ruleErrors.map((e) => e.error.stack ?? e.error.message)).toEqual([]);
      return result.findings.filter((f) => f.ruleId === rule.meta.id);
    };

    describe(`${rule.meta.id} ${rule.meta.name}`, () => {
      describe('valid', () => {
        cases.valid.forEach((valid, index) => {
          const testCase = typeof valid === 'string' ? { code: valid } : valid;
          it(titleOf(valid, index), async () => {
            const findings = await analyze(testCase);
            expect(findings.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.messageId}: ${f.message}`)).toEqual([]);
          });
        });
      });
      describe('invalid', () => {
        cases.invalid.forEach((invalid, index) => {
          it(titleOf(invalid, index), async () => {
            const findings = await analyze(invalid);
            const actual = findings.map((f, i) => {
              const expected = invalid.errors[i];
              const error: ExpectedError = {
                messageId: f.messageId ?? '',
                line: f.range.start.line + 1,
                column: f.range.start.character + 1,
                endLine: f.range.end.line + 1,
                endColumn: f.range.end.character + 1,
              };
              if (expected?.severity) error.severity = f.severity;
              if (expected?.messageIncludes) error.messageIncludes = f.message.includes(expected.messageIncludes) ? expected.messageIncludes : f.message;
              if (expected?.suggestions) {
                error.suggestions = f.suggestions.map((s, j) => {
                  const suggestion: ExpectedSuggestion = { output: applyEdits(invalid.code, s.edits) };
                  if (expected.suggestions?.[j]?.title !== undefined) suggestion.title = s.title;
                  return suggestion;
                });
              }
              return error;
            });
            expect(actual).toEqual(invalid.errors);
            const fixes = findings.flatMap((f) => (f.fix ? f.fix.edits : []));
            if (fixes.length > 0 && invalid.output === undefined) {
              throw new Error('The rule produced a fix: add `output` with the fixed code');
            }
            if (invalid.output !== undefined) {
              expect(fixes.length > 0 ? applyEdits(invalid.code, fixes) : null).toEqual(invalid.output);
            }
          });
        });
      });
    });
  }
}
