// Calls × methods in Java (issue 18): a generated class of N methods making M calls each, at
// growing N. What matters is the front end's time per call staying flat as N grows (linear work);
// the parse is timed alongside so the analysis's own share can be told apart from tree-sitter's.
import { samplePair } from './analysis-bench.mjs';
import { javaCallsTimesMethods } from './generate-java.mjs';
import { median } from './stats.mjs';

/** @returns one row per method count: sizes, parse and analysis p50, and the front end's µs per call */
export function benchCallsTimesMethods(analyzer, parser, { methods = [2_000, 4_000, 8_000], calls = 10, reps = 3 } = {}) {
  return methods.map((n) => {
    const text = javaCallsTimesMethods({ className: 'Generated', methods: n, calls });
    const [parse, analysis] = samplePair(
      () => parser.parse('java', text),
      () => analyzer.analyzeText('java', text),
      reps,
      1,
    );
    const parseP50 = median(parse);
    const analysisP50 = median(analysis);
    const frontEndMs = Math.max(0, analysisP50 - parseP50);
    return { methods: n, calls, bytes: text.length, parseP50, analysisP50, frontEndMs, usPerCall: (frontEndMs * 1000) / (n * calls) };
  });
}
