// Per-file analysis time against bare tree-sitter parsing of the same text. `analyzeText` parses
// from scratch too, so the ratio is "whole analysis including its parse" over "parse alone".
import { performance } from 'node:perf_hooks';
import { median, percentile } from './stats.mjs';

/**
 * Times `a` and `b` alternately, `reps` times each after a few untimed warm-up calls. Alternating
 * means both see the same load from other processes, which matters on a shared 2-core machine.
 */
export function samplePair(a, b, reps, warmup = 3) {
  for (let i = 0; i < warmup; i++) {
    a();
    b();
  }
  const timesA = [];
  const timesB = [];
  for (let i = 0; i < reps; i++) {
    let t0 = performance.now();
    a();
    timesA.push(performance.now() - t0);
    t0 = performance.now();
    b();
    timesB.push(performance.now() - t0);
  }
  return [timesA, timesB];
}

/**
 * @param files {{ name: string, languageId: string, text: string }[]}
 * @returns rows per file plus totals
 */
export function benchAnalysis(analyzer, parser, files) {
  const rows = [];
  for (const file of files) {
    const lines = file.text.split('\n').length;
    const reps = lines > 3000 ? 15 : lines > 800 ? 30 : 60;
    let findings = 0;
    const [parse, analysis] = samplePair(
      () => parser.parse(file.languageId, file.text),
      () => {
        findings = analyzer.analyzeText(file.languageId, file.text).findings.length;
      },
      reps,
    );
    rows.push({
      name: file.name,
      lines,
      findings,
      parseP50: median(parse),
      analysisP50: median(analysis),
      analysisP95: percentile(analysis, 95),
      ratio: median(analysis) / median(parse),
    });
  }
  const sum = (key) => rows.reduce((s, r) => s + r[key], 0);
  return { rows, totalRatio: sum('analysisP50') / sum('parseP50') };
}
