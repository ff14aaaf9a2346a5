// The corpus scorer end to end on a synthetic corpus, with a stub in place of the CLI: a checkout at
// the wrong commit or missing is reported as not scored, never counted; findings are matched per file.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scoreCorpus } from '../../scripts/corpus/main.js';

const SHA = 'a'.repeat(40);
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'flinkft-corpus-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function setUp(): { labels: string; checkouts: string; cli: string } {
  const checkouts = join(dir, 'checkouts');
  const repo = join(checkouts, 'o+scored');
  mkdirSync(join(repo, 'mod'), { recursive: true });
  writeFileSync(`${repo}.commit`, `${SHA}\n`);
  mkdirSync(join(checkouts, 'o+stale'), { recursive: true });
  writeFileSync(join(checkouts, 'o+stale.commit'), 'b'.repeat(40));
  // The stub answers like `flink-ft check <folder> --format json`: absolute paths, exit 1 (warnings found).
  const cli = join(dir, 'stub-cli.cjs');
  writeFileSync(
    cli,
    `const folder = process.argv[3];
process.stdout.write(JSON.stringify({ version: 1, findings: [
  { file: folder + '/A.java', line: 5, rule: 'FLINK001', message: 'no checkpointing' },
  { file: folder + '/A.java', line: 9, rule: 'FLINK003', message: 'print' },
  { file: folder + '/Unlabelled.java', line: 1, rule: 'FLINK001', message: 'ignored: file not labelled' },
] }));
process.exit(1);`,
  );
  const project = (repository: string, files: unknown[]) => ({ repository, commit: SHA, project: 'mod', files });
  const labels = join(dir, 'labels.json');
  writeFileSync(
    labels,
    JSON.stringify({
      version: 1,
      rules: ['FLINK001', 'FLINK003'],
      lineTolerance: 2,
      projects: [
        project('o/scored', [{ path: 'mod/A.java', language: 'java', era: '1.x-new', expected: [{ rule: 'FLINK001', line: 4, reason: 'env' }, { rule: 'FLINK003', line: 20, reason: 'sink' }] }]),
        project('o/stale', [{ path: 'mod/B.java', language: 'java', era: '1.x-new', expected: [{ rule: 'FLINK001', line: 1, reason: 'env' }] }]),
        project('o/absent', [{ path: 'mod/C.java', language: 'java', era: '1.x-new', expected: [{ rule: 'FLINK001', line: 1, reason: 'env' }] }]),
      ],
    }),
  );
  return { labels, checkouts, cli };
}

describe('scoreCorpus', () => {
  it('scores checked-out folders and lists the others as not scored', () => {
    const report = scoreCorpus({ ...setUp(), tolerance: undefined });
    expect(report.projects).toEqual({ scored: 1, notScored: 2 });
    expect(report.notScored.map((n) => [n.repository, n.why.split(' ')[0]])).toEqual([
      ['o/stale', 'checked'],
      ['o/absent', 'no'],
    ]);
    // Only o/scored counts: FLINK001 hit (5 vs 4), FLINK003 at 9 is a false positive and 20 a miss.
    expect(report.overall).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 1 });
    expect(report.misses).toEqual([{ repository: 'o/scored', file: 'mod/A.java', rule: 'FLINK003', line: 20, reason: 'sink' }]);
    expect(report.falsePositives.map((f) => [f.file, f.rule, f.line])).toEqual([['mod/A.java', 'FLINK003', 9]]);
  });

  it('honours a tolerance given on the command line', () => {
    const report = scoreCorpus({ ...setUp(), tolerance: 0 });
    expect(report.overall).toMatchObject({ truePositives: 0, falsePositives: 2, falseNegatives: 2 });
  });

  it('scores one labelling batch on its own, and refuses a batch no entry has', () => {
    const setup = setUp();
    const doc = JSON.parse(readFileSync(setup.labels, 'utf8')) as { projects: { repository: string; batch?: string }[] };
    for (const p of doc.projects) if (p.repository !== 'o/scored') p.batch = 'holdout-x';
    writeFileSync(setup.labels, JSON.stringify(doc));
    // Only o/stale and o/absent are in the batch: nothing is scored, o/scored's findings are not counted.
    const holdout = scoreCorpus({ ...setup, tolerance: undefined, batch: 'holdout-x' });
    expect(holdout.batch).toBe('holdout-x');
    expect(holdout.projects).toEqual({ scored: 0, notScored: 2 });
    expect(holdout.overall).toMatchObject({ truePositives: 0, falsePositives: 0, falseNegatives: 0 });
    // Without --batch every entry counts, as before.
    expect(scoreCorpus({ ...setup, tolerance: undefined }).overall).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 1 });
    expect(() => scoreCorpus({ ...setup, tolerance: undefined, batch: 'nope' })).toThrow(/no project entry has batch nope; known batches: holdout-x/);
  });
});
