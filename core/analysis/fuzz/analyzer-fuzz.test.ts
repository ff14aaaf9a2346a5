// Robustness (issue 6): every fixture is mutated thousands of times with a seeded PRNG and analysed.
// No exception may escape analyze(), no front end or rule may fail (ruleErrors stay empty), and every
// analysis must finish: the test counts completed analyses instead of timing them. Every
// mutation goes through an open document as an incremental edit, as an editor sends it, and is
// analysed from scratch too: the two results must agree. Mutations include size (repeated
// blocks), depth (deep nesting and call chains) and binary bytes; a runaway analysis is reported.
// FLINK_FT_FUZZ_ITERATIONS raises the count for a longer local run.
import { afterAll, describe, expect, it } from 'vitest';
import type { Analyzer } from '../analyzer.js';
import type { ParsedDocument } from '../parse/parsed-document.js';
import { LineIndex } from '../parse/line-index.js';
import { testAnalyzer } from '../test-support.js';
import type { AnalysisResult, LanguageId } from '../types.js';
import { allFixtures } from './fixtures.js';
import type { Fixture } from './fixtures.js';
import { mutateRandomly } from './mutate.js';
import { SeededRandom, seedOf } from './seeded-random.js';

// Each iteration analyses twice (incremental and fresh) and the size and depth mutations cost more:
// 400 take about as long as 2,000 single analyses of the older, cheaper mutations did.
const ITERATIONS = Number(process.env.FLINK_FT_FUZZ_ITERATIONS ?? 400);
const fixtures = allFixtures();
const completed = new Map<LanguageId, number>();

interface Failure {
  seed: number;
  iteration: number;
  kinds: string[];
  problem: string;
  text: string;
}

/** One whole-document replacement of the part that differs, as an incremental LSP change. */
function diffChange(before: string, after: string) {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < before.length - prefix && suffix < after.length - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  const lines = new LineIndex(before);
  return { range: { start: lines.positionAt(prefix), end: lines.positionAt(before.length - suffix) }, text: after.slice(prefix, after.length - suffix) };
}

/** What a user sees of a result: findings and job summaries (hovers follow from the same model). */
function visible(result: AnalysisResult): string {
  return JSON.stringify({
    findings: result.findings.map(({ ruleId, range, message }) => ({ ruleId, range, message })),
    jobs: result.jobs,
  });
}

/**
 * Far above any analysis of these small files (a few ms each): only cost that grows faster than
 * the input, or a hang, gets near it. A detector of runaway algorithms, not a speed test.
 */
const RUNAWAY_MS = 5_000;

async function fuzz(analyzer: Analyzer, fixture: Fixture): Promise<{ runs: number; failures: Failure[] }> {
  const seed = seedOf(fixture.name);
  const random = new SeededRandom(seed);
  const failures: Failure[] = [];
  let runs = 0;
  const uri = `fuzz:${fixture.name}`;
  let document: ParsedDocument = analyzer.open(uri, fixture.languageId, fixture.text, 0);
  try {
    for (let iteration = 0; iteration < ITERATIONS; iteration++) {
      // Give the worker's event loop a turn now and then: a long synchronous loop starves vitest's RPC.
      if (iteration % 50 === 49) await new Promise((resolve) => setImmediate(resolve));
      const { text, kinds } = mutateRandomly(fixture.text, random);
      const fail = (problem: string): void => {
        failures.push({ seed, iteration, kinds, text, problem });
      };
      try {
        // Every mutation twice: as an incremental edit of the open document (as an editor sends
        // it) and from scratch. The two must agree, or incremental re-parsing lost something.
        document.update([diffChange(document.text, text)], iteration + 1);
        if (document.text !== text) throw new Error('incremental update produced different text');
        const started = performance.now();
        const incremental = analyzer.analyze(document);
        const fresh = analyzer.analyzeText(fixture.languageId, text, undefined, uri);
        const elapsed = performance.now() - started;
        if (elapsed > RUNAWAY_MS) fail(`runaway: two analyses of ${text.length} characters took ${Math.round(elapsed)} ms`);
        for (const result of [incremental, fresh]) {
          if (result.ruleErrors.length > 0) fail(result.ruleErrors.map((e) => `${e.ruleId}: ${e.error.stack ?? e.error.message}`).join('\n'));
        }
        if (visible(incremental) !== visible(fresh)) fail(`incremental and fresh analysis differ:\n${visible(incremental)}\n${visible(fresh)}`);
        runs++;
      } catch (error) {
        fail(`escaped: ${error instanceof Error ? error.stack : String(error)}`);
        // A failed update may leave the document behind: start again from the fixture.
        document.dispose();
        document = analyzer.open(uri, fixture.languageId, fixture.text, 0);
      }
    }
  } finally {
    document.dispose();
  }
  return { runs, failures };
}

describe(`fuzz: ${fixtures.length} fixtures × ${ITERATIONS} mutations`, () => {
  it('has fixtures in every language', () => {
    const languages = new Set(fixtures.map((f) => f.languageId));
    expect([...languages].sort()).toEqual(['java', 'python', 'scala']);
  });

  for (const fixture of fixtures) {
    it(fixture.name, { timeout: 600_000 }, async () => {
      const analyzer = await testAnalyzer();
      const { runs, failures } = await fuzz(analyzer, fixture);
      completed.set(fixture.languageId, (completed.get(fixture.languageId) ?? 0) + runs);
      expect(failures.slice(0, 3)).toEqual([]);
      expect(runs).toBe(ITERATIONS);
    });
  }

  afterAll(() => {
    const total = [...completed.values()].reduce((a, b) => a + b, 0);
    console.log(`fuzz: ${total} analyses completed (${[...completed].map(([l, n]) => `${l} ${n}`).join(', ')}) over ${fixtures.length} fixtures`);
  });
});
