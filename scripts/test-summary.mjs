// Reads the tier log written by scripts/lib/run-tier.sh (name, exit status, seconds, vitest JSON
// report or "-") and prints one line per tier (result, duration, test counts), then the plain
// closing line CI reads: "tests: N passed, N failed". Exits non-zero when any tier failed: a
// non-zero exit, a report missing, a report that counted no test, failed or skipped tests.
//
//   node scripts/test-summary.mjs <tier log>
import { existsSync, readFileSync } from 'node:fs';

/** @param {string} file @returns {{ passed: number, failed: number, skipped: number } | string} */
function readReport(file) {
  if (!existsSync(file)) return `report missing: ${file}`;
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    return {
      passed: report.numPassedTests,
      failed: report.numFailedTests,
      skipped: report.numPendingTests + report.numTodoTests,
    };
  } catch (error) {
    return `report unreadable: ${file} (${error instanceof Error ? error.message : String(error)})`;
  }
}

const logFile = process.argv[2];
if (!logFile || !existsSync(logFile)) {
  console.error(`tier log missing: ${logFile ?? '(no argument)'}`);
  process.exit(1);
}
const tiers = readFileSync(logFile, 'utf8')
  .split('\n')
  .filter((line) => line !== '')
  .map((line) => {
    const [name, status, seconds, report] = line.split('\t');
    return { name, status: Number(status), seconds: Number(seconds), report };
  });

let passed = 0;
let failed = 0;
let skipped = 0;
let anyTierFailed = tiers.length === 0;
const rows = [['tier', 'result', 'duration', 'tests']];
for (const tier of tiers) {
  // Why the tier failed, beyond failed tests (which the tests column shows).
  const problems = tier.status === 0 ? [] : [`exit ${tier.status}`];
  let tests = '-';
  let testsFailed = 0;
  if (tier.report !== '-') {
    const counts = readReport(tier.report);
    if (typeof counts === 'string') problems.push(counts);
    else {
      passed += counts.passed;
      failed += counts.failed;
      skipped += counts.skipped;
      testsFailed = counts.failed;
      tests = `${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`;
      if (counts.passed === 0) problems.push('no test passed');
      if (counts.skipped > 0) problems.push('skipped tests count as failures');
    }
  }
  const tierFailed = problems.length > 0 || testsFailed > 0;
  anyTierFailed ||= tierFailed;
  const result = !tierFailed ? 'pass' : problems.length ? `FAIL (${problems.join('; ')})` : 'FAIL';
  rows.push([tier.name, result, `${tier.seconds} s`, tests]);
}

const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
console.log('» summary');
for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd());
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
if (anyTierFailed) process.exit(1);
