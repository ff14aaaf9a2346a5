// The runner of `npm test` (scripts/lib/run-tier.sh + scripts/test-summary.mjs) with fake tiers:
// every tier runs even after one failed, the summary names each tier's result, and the suite's
// exit status is non-zero when any tier failed, including one that exited 0 with a bad report.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'flinkft-tiers-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A fake tier: `fake-tier <report> <passed> <failed> <skipped> <exit> [file to touch]` writes a
 * vitest-like JSON report, touches the file (proof that it ran) and exits with the given status. */
const FAKE_TIER = `#!/usr/bin/env bash
printf '{"numPassedTests":%s,"numFailedTests":%s,"numPendingTests":%s,"numTodoTests":0}' "$2" "$3" "$4" > "$1"
[ -z "\${6:-}" ] || touch "$6"
exit "$5"
`;

/** Runs `run_tier` lines the way scripts/test-all.sh does, then the summary; returns its outcome. */
function runSuite(tierLines: string[]): { status: number | null; stdout: string } {
  const suite = join(dir, 'suite.sh');
  const fakeTierScript = join(dir, 'fake-tier.sh');
  writeFileSync(fakeTierScript, FAKE_TIER);
  writeFileSync(
    suite,
    [
      'set -euo pipefail',
      `fake_tier() { bash '${fakeTierScript}' "$@"; }`,
      `source '${join(root, 'scripts/lib/run-tier.sh')}'`,
      `export TIER_LOG='${join(dir, 'tiers.tsv')}'`,
      ...tierLines,
      `node '${join(root, 'scripts/test-summary.mjs')}' "$TIER_LOG"`,
    ].join('\n'),
  );
  const result = spawnSync('bash', [suite], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout };
}

/** The summary's row for a tier, columns split on runs of spaces. */
function row(stdout: string, tier: string): string[] {
  const line = stdout.split('\n').find((text) => text.startsWith(`${tier} `));
  if (!line) throw new Error(`no summary row for ${tier} in:\n${stdout}`);
  return line.split(/ {2,}/);
}

it('runs every tier after a failed one and exits non-zero at the end', () => {
  const report = (name: string) => join(dir, `${name}.json`);
  const marker = join(dir, 'e2e-ran');
  const { status, stdout } = runSuite([
    `run_tier types - true`,
    `run_tier unit '${report('unit')}' fake_tier '${report('unit')}' 5 0 0 0`,
    `run_tier docker '${report('docker')}' fake_tier '${report('docker')}' 3 2 0 1`,
    `run_tier e2e '${report('e2e')}' fake_tier '${report('e2e')}' 4 0 0 0 '${marker}'`,
  ]);
  expect(existsSync(marker)).toBe(true);
  expect(status).toBe(1);
  expect(row(stdout, 'types').slice(0, 2)).toEqual(['types', 'pass']);
  expect(row(stdout, 'unit')[1]).toBe('pass');
  expect(row(stdout, 'unit')[3]).toBe('5 passed, 0 failed');
  expect(row(stdout, 'docker')[1]).toBe('FAIL (exit 1)');
  expect(row(stdout, 'docker')[2]).toMatch(/^\d+ s$/);
  expect(row(stdout, 'e2e')[1]).toBe('pass');
  expect(stdout.trimEnd().split('\n').at(-1)).toBe('tests: 12 passed, 2 failed');
});

it('exits 0 when every tier passed', () => {
  const unit = join(dir, 'unit.json');
  const { status, stdout } = runSuite([`run_tier types - true`, `run_tier unit '${unit}' fake_tier '${unit}' 7 0 0 0`]);
  expect(stdout.trimEnd().split('\n').at(-1)).toBe('tests: 7 passed, 0 failed');
  expect(status).toBe(0);
});

it('fails a tier that exited 0 without a report, with failed or skipped tests, or with no test', () => {
  const report = (name: string) => join(dir, `${name}.json`);
  const { status, stdout } = runSuite([
    `run_tier missing '${report('missing')}' true`,
    `run_tier failing '${report('failing')}' fake_tier '${report('failing')}' 1 1 0 0`,
    `run_tier skipping '${report('skipping')}' fake_tier '${report('skipping')}' 1 0 1 0`,
    `run_tier empty '${report('empty')}' fake_tier '${report('empty')}' 0 0 0 0`,
  ]);
  expect(status).toBe(1);
  expect(row(stdout, 'missing')[1]).toBe(`FAIL (report missing: ${report('missing')})`);
  expect(row(stdout, 'failing')[1]).toBe('FAIL');
  expect(row(stdout, 'skipping')[1]).toBe('FAIL (skipped tests count as failures)');
  expect(row(stdout, 'empty')[1]).toBe('FAIL (no test passed)');
});
