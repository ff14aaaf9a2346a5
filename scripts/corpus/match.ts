// Matching the analyzer's findings to the hand labels, and precision/recall from the matches.
// Pure functions, no I/O: the unit test feeds them synthetic findings.
import type { ExpectedFinding } from './labels.js';

export interface ActualFinding {
  rule: string;
  line: number;
  message: string;
}

export interface Hit {
  file: string;
  rule: string;
  expectedLine: number;
  actualLine: number;
}

export interface Miss {
  file: string;
  rule: string;
  line: number;
  reason: string;
}

export interface FalsePositive {
  file: string;
  rule: string;
  line: number;
  message: string;
}

export interface FileMatch {
  hits: Hit[];
  misses: Miss[];
  falsePositives: FalsePositive[];
}

/**
 * Pairs expected and actual findings of one file one-to-one: same rule, lines at most `tolerance`
 * apart (from the label's line or one of its `alsoAt` lines), closest pairs first. Findings of rules
 * that are not scored are ignored.
 */
export function matchFile(file: string, expected: readonly ExpectedFinding[], actual: readonly ActualFinding[], rules: readonly string[], tolerance: number): FileMatch {
  const scored = new Set(rules);
  const wanted = expected.filter((e) => scored.has(e.rule));
  const found = actual.filter((a) => scored.has(a.rule));
  const pairs: { e: number; a: number; distance: number }[] = [];
  wanted.forEach((e, ei) =>
    found.forEach((a, ai) => {
      const distance = Math.min(...[e.line, ...(e.alsoAt ?? [])].map((line) => Math.abs(line - a.line)));
      if (e.rule === a.rule && distance <= tolerance) pairs.push({ e: ei, a: ai, distance });
    }),
  );
  // Closest first; ties by line so the result does not depend on the order the analyzer reports in.
  pairs.sort((x, y) => x.distance - y.distance || wanted[x.e]!.line - wanted[y.e]!.line || found[x.a]!.line - found[y.a]!.line);
  const usedE = new Set<number>();
  const usedA = new Set<number>();
  const hits: Hit[] = [];
  for (const pair of pairs) {
    if (usedE.has(pair.e) || usedA.has(pair.a)) continue;
    usedE.add(pair.e);
    usedA.add(pair.a);
    hits.push({ file, rule: wanted[pair.e]!.rule, expectedLine: wanted[pair.e]!.line, actualLine: found[pair.a]!.line });
  }
  const misses = wanted.flatMap((e, i) => (usedE.has(i) ? [] : [{ file, rule: e.rule, line: e.line, reason: e.reason }]));
  const falsePositives = found.flatMap((a, i) => (usedA.has(i) ? [] : [{ file, rule: a.rule, line: a.line, message: a.message }]));
  const byPlace = (x: { rule: string; line: number }, y: { rule: string; line: number }) => x.line - y.line || x.rule.localeCompare(y.rule);
  return { hits: hits.sort((x, y) => x.expectedLine - y.expectedLine), misses: misses.sort(byPlace), falsePositives: falsePositives.sort(byPlace) };
}

export interface RuleScore {
  rule: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** null when the rule reported nothing (precision undefined). */
  precision: number | null;
  /** null when nothing was expected of the rule (recall undefined). */
  recall: number | null;
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

function ruleScore(rule: string, tp: number, fp: number, fn: number): RuleScore {
  return { rule, truePositives: tp, falsePositives: fp, falseNegatives: fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) };
}

/** Precision and recall per rule (in the order given) and over all scored rules together. */
export function scoreRules(matches: readonly FileMatch[], rules: readonly string[]): { perRule: RuleScore[]; overall: RuleScore } {
  const count = (rule: string | undefined) => {
    const keep = (r: { rule: string }) => rule === undefined || r.rule === rule;
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const m of matches) {
      tp += m.hits.filter(keep).length;
      fp += m.falsePositives.filter(keep).length;
      fn += m.misses.filter(keep).length;
    }
    return [tp, fp, fn] as const;
  };
  const perRule = rules.map((rule) => ruleScore(rule, ...count(rule)));
  return { perRule, overall: ruleScore('all', ...count(undefined)) };
}
