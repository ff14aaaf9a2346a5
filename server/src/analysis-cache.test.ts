// The cache in-process, with a stand-in analyzer: results are reused per version and settings,
// and an analyzer or rule that throws is logged once while the server carries on.
import { describe, expect, it } from 'vitest';
import type { AnalysisResult, Analyzer, ParsedDocument } from '../../core/analysis/index.js';
import { defaultAnalysisSettings } from '../../core/analysis/index.js';
import { AnalysisCache } from './analysis-cache.js';
import { LogOnce } from './log-once.js';

function documentAt(version: number): ParsedDocument {
  return { uri: 'file:///A.java', languageId: 'java', version, text: '', update: () => undefined, dispose: () => undefined };
}

/** An analyzer whose analyze() is the given function; nothing else is used by the cache. */
function analyzerWith(analyze: () => AnalysisResult): { analyzer: Analyzer; calls: () => number } {
  let calls = 0;
  const analyzer = {
    rules: [],
    grammarFailures: [],
    languageForPath: () => undefined,
    open: () => documentAt(0),
    analyze: () => (calls++, analyze()),
    analyzeText: analyze,
  } satisfies Analyzer;
  return { analyzer, calls: () => calls };
}

const empty = (): AnalysisResult => ({ findings: [], jobs: [], hovers: [], ruleErrors: [] });

describe('AnalysisCache', () => {
  it('analyses once per document version and settings object', () => {
    const { analyzer, calls } = analyzerWith(empty);
    const cache = new AnalysisCache(analyzer, new LogOnce(() => undefined));
    const first = cache.resultFor(documentAt(1), defaultAnalysisSettings);
    expect(cache.resultFor(documentAt(1), defaultAnalysisSettings)).toBe(first);
    expect(calls()).toBe(1);
    cache.resultFor(documentAt(2), defaultAnalysisSettings);
    cache.resultFor(documentAt(2), { ...defaultAnalysisSettings });
    expect(calls()).toBe(3);
    cache.forget('file:///A.java');
    cache.resultFor(documentAt(2), defaultAnalysisSettings);
    expect(calls()).toBe(4);
  });

  it('logs a failing rule once and keeps the other findings', () => {
    const finding = {
      ruleId: 'FLINK001', ruleName: 'checkpointing-disabled', severity: 'warning' as const, message: 'm',
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, related: [], suggestions: [], docsUrl: 'https://x/FLINK001.md',
    };
    const { analyzer } = analyzerWith(() => ({ ...empty(), findings: [finding], ruleErrors: [{ ruleId: 'FLINK003', error: new Error('boom') }] }));
    const logged: string[] = [];
    const cache = new AnalysisCache(analyzer, new LogOnce((message) => logged.push(message)));
    for (let version = 1; version <= 3; version++) expect(cache.resultFor(documentAt(version), defaultAnalysisSettings).findings).toEqual([finding]);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^Rule FLINK003 failed and was skipped \(logged once\): Error: boom/);
  });

  it('turns an analyzer that throws into an empty result, logged once', () => {
    const { analyzer } = analyzerWith(() => {
      throw new TypeError('cannot read properties of null');
    });
    const logged: string[] = [];
    const cache = new AnalysisCache(analyzer, new LogOnce((message) => logged.push(message)));
    expect(cache.resultFor(documentAt(1), defaultAnalysisSettings)).toEqual(empty());
    expect(cache.resultFor(documentAt(2), defaultAnalysisSettings)).toEqual(empty());
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^Analysis of file:\/\/\/A\.java failed: TypeError: cannot read properties of null/);
  });
});
