// Per-file analysis time against bare tree-sitter parsing of the same text. `analyzeText` parses
// from scratch too, so the ratio is "whole analysis including its parse" over "parse alone".
import { performance } from 'node:perf_hooks';
import { median, percentile } from './stats.mjs';

/** Times `fn` `reps` times after `warmup` untimed calls; returns the samples in ms. */
function sample(fn, reps, warmup = 3) {
  for (let i = 0; i < warmup; i++) fn();
  const times = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times;
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
    // Interleave-free but same process and same warm-up for both, so JIT state is comparable.
    const parse = sample(() => parser.parse(file.languageId, file.text), reps);
    let findings = 0;
    const analysis = sample(() => {
      findings = analyzer.analyzeText(file.languageId, file.text).findings.length;
    }, reps);
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
