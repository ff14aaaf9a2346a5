// Issue 13's "done when", as a user sees it: a project of ordinary jobs nobody configured
// (test/fixtures/jobs/recovery-shapes: no probe format, no assertion, no flink-ft-recovery.json)
// opened in VS Code, each job's recovery check run from the Test Explorer. The correct keyed count
// goes green; the source that forgets its position and the counts kept in a HashMap field go red,
// with what was judged, what Flink restored and the finding that predicted it in Test Results; the
// job whose output has no structure is errored ("not judged"), never green. Then `flink-ft recover`
// on the same cluster exits 1 for the forgetful source (the Docker tier covers the CLI for the others).
//
// Oracles: core's job discovery (the list), the analyzer's FLINK002/FLINK011 findings (what is
// cited), and the CLI's exit code and JSON report. The drill itself is proved in
// test/integration/recovery-shapes.test.ts; here it is the extension's rendering of its verdicts.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRecoverableJobs, type RecoveryReport } from '../../core/recovery/index.js';
import { recoveryFindings } from '../../core/recovery/static-findings.js';
import { captureFailures } from './harness/capture-failures.js';
import { removeLeftovers } from './harness/docker.js';
import { FlinkRest } from './harness/flink-rest.js';
import { repoRoot } from './harness/paths.js';
import { startSession, type Session } from './harness/session.js';
import { expandTestItem, runTestOf, showTestExplorer, testResultMessages, testRows, testsOf, type ChildTestRow } from './harness/test-explorer.js';
import { waitFor } from './harness/wait-for.js';

const SHAPES = join(repoRoot, 'test', 'fixtures', 'jobs', 'recovery-shapes');
// A port of its own, so Docker tests running at the same time never collide with this cluster.
const REST_PORT = 18383;
const IMAGE = process.env['FLINKFT_IMAGE'] || 'flinkft/flink:local';
const RECOVERS = 'recovers from TaskManager loss';
const FAULTS = 'other faults';
const JOBS = ['FieldCounts', 'ForgetfulSequence', 'KeyedCounts', 'Unstructured'];
/** One drill: the first also builds the project and starts the cluster; minutes each on a loaded machine. */
const DRILL_MS = 1_500_000;

let session: Session | undefined;
let folder = '';
const rest = new FlinkRest(`http://127.0.0.1:${REST_PORT}`);

function s(): Session {
  if (!session) throw new Error('no UI session');
  return session;
}

beforeAll(async () => {
  session = await startSession({
    name: 'recovery-shapes',
    trusted: true,
    folder: SHAPES,
    settings: {
      'flinkFt.cluster.image': IMAGE,
      'flinkFt.cluster.restPort': REST_PORT,
      // As in cluster.test.ts: a 4 s heartbeat timeout expires on this loaded machine and fails jobs at random.
      'flinkFt.cluster.flinkProperties': { 'heartbeat.timeout': '20000' },
    },
  });
  folder = session.workspace.folder;
  // As a user looks at a job first. Opening the folder alone did not activate the extension in
  // code-server here (workspaceContains:**/pom.xml), so the Test Explorer had no controller.
  await session.workbench.openFile('src/main/java/shapes/KeyedCounts.java');
  // Its "Run recovery check" lens shows once the extension is active and has scanned the jobs, so
  // the Test Explorer has its controller (and the palette its Testing commands) from here on.
  await session.workbench.codeLenses(14, (titles) => titles.includes('Run recovery check'));
}, 900_000);

afterAll(async () => {
  if (folder) await removeLeftovers(folder);
  await session?.stop();
});
captureFailures(() => session);

/** Runs a job's recovery check from its row, logs how long it took, and returns the row when done. */
async function runCheck(job: string): Promise<ChildTestRow> {
  const { page, workbench } = s();
  await showTestExplorer(page, (title) => workbench.runCommand(title));
  const started = Date.now();
  const result = await runTestOf(page, job, RECOVERS, DRILL_MS);
  console.log(`[recovery-shapes e2e] ${job}: ${result.state} after ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return result;
}

/** The messages of the latest result whose message starts with `start`, as Test Results shows them. */
function messagesOf(start: string): Promise<string[]> {
  const { page, workbench } = s();
  return testResultMessages(page, (title) => workbench.runCommand(title), start);
}

async function citedFinding(entryClass: string, ruleId: string): Promise<string> {
  const findings = (await recoveryFindings(folder, entryClass)) ?? [];
  const finding = findings.find((f) => f.ruleId === ruleId);
  if (!finding) throw new Error(`the analyzer reports no ${ruleId} for ${entryClass}: ${JSON.stringify(findings)}`);
  return `Static analysis predicted it: ${finding.ruleId} ${finding.ruleName}: ${finding.message}`;
}

/**
 * Runs a broken job's check and expects it red, with Test Results showing the reason (`message`),
 * what Flink restored (`evidence`) and the analyzer's finding of `rule` for the job, word for word.
 */
async function expectRed(job: string, reason: string, want: { message: RegExp; evidence: RegExp; rule: string }): Promise<void> {
  const result = await runCheck(job);
  expect([result.state, result.icon]).toEqual(['Failed', 'codicon-testing-failed-icon']);
  const start = `kill 1: output continued (did not start over) — ${reason}:`;
  const rows = await messagesOf(start);
  expect(rows.find((r) => r.startsWith(start))).toMatch(want.message);
  expect(rows.some((r) => want.evidence.test(r))).toBe(true);
  expect(rows).toContain(await citedFinding(`shapes.${job}`, want.rule));
}

describe('ordinary jobs, nobody configured, in the Test Explorer', () => {
  it('lists every job of the project with its recovery test and no negative control (they are not probes)', async () => {
    const { page, workbench } = s();
    await showTestExplorer(page, (title) => workbench.runCommand(title));
    const want = (await findRecoverableJobs(folder)).map((job) => job.label).sort();
    expect(want).toEqual(JOBS);
    await waitFor('the Test Explorer to list the jobs', async () => {
      const labels = (await testRows(page)).filter((r) => r.level === 1).map((r) => r.label).sort();
      if (JSON.stringify(labels) !== JSON.stringify(want)) throw new Error(`rows ${JSON.stringify(labels)}`);
      return labels;
    }, { timeoutMs: 120_000 });
    for (const job of JOBS) await expandTestItem(page, job);
    for (const job of JOBS) {
      const rows = await testsOf(page, job);
      expect(rows.filter((r) => r.label !== FAULTS).map((r) => [r.label, r.state])).toEqual([[RECOVERS, 'Not yet run']]);
      // The other faults' tests sit in a group of their own, run only when chosen.
      expect(rows.map((r) => r.label)).toContain(FAULTS);
    }
  }, 300_000);

  it('the correct keyed count passes: green (its first run also builds the project and starts the cluster)', async () => {
    const result = await runCheck('KeyedCounts');
    expect([result.state, result.icon]).toEqual(['Passed', 'codicon-testing-passed-icon']);
  }, DRILL_MS + 60_000);

  it('the source that forgets its position fails: red, "started over", with the restore and FLINK002 in Test Results', async () => {
    await expectRed('ForgetfulSequence', 'started over', {
      message: /— started over: (the job's first line "event seq=0" was printed again|seq printed 0 again) after the restore.* The job started over: its source did not continue from its checkpointed position/,
      evidence: /^Evidence, kill 1: restored from a checkpoint taken before the kill: counts\.restored \d+ → \d+, latest\.restored id \d+/,
      rule: 'FLINK002',
    });
  }, DRILL_MS + 120_000);

  it('counts in a HashMap field fail: red, "state went back" while seq continued, with the state Flink restored and FLINK011', async () => {
    // Flink's own numbers: the restore brought state back (the source's position); the output says the counts did not survive it.
    await expectRed('FieldCounts', 'state went back', {
      message: /— state went back: count for key=k\d had reached \d+ before checkpoint \d+ was taken, and was 1 after the restore \(back to its initial value 1\).*while seq continued\. The job's state went back although Flink restored a later checkpoint/,
      evidence: /^Evidence, kill 1: restored from a checkpoint taken before the kill: .* with \d+ bytes of state for /,
      rule: 'FLINK011',
    });
  }, DRILL_MS + 120_000);

  it('output with no structure is errored, never green: "not judged", saying what would let it be judged', async () => {
    const result = await runCheck('Unstructured');
    expect([result.state, result.icon]).toEqual(['Errored', 'codicon-testing-error-icon']);
    const rows = await messagesOf('Restored, output not judged:');
    expect(rows.find((r) => r.startsWith('Restored, output not judged:'))).toMatch(/^Restored, output not judged: kill 1: output continued \(did not start over\) — To have it judged, print a number that grows per key .*per-job assertion/);
  }, DRILL_MS + 120_000);

  it('keeps all four results side by side: one green, two red, one errored', async () => {
    const { page, workbench } = s();
    await showTestExplorer(page, (title) => workbench.runCommand(title));
    const states = await Promise.all(JOBS.map(async (job) => [job, (await testsOf(page, job)).filter((r) => r.label !== FAULTS).map((r) => r.state)]));
    expect(Object.fromEntries(states)).toEqual({ FieldCounts: ['Failed'], ForgetfulSequence: ['Failed'], KeyedCounts: ['Passed'], Unstructured: ['Errored'] });
    await page.mouse.move(1200, 12);
    await workbench.screenshot('recovery-shapes-test-explorer');
    // Every drill cleaned up after itself.
    expect((await rest.jobs()).filter((job) => job.state === 'RUNNING')).toEqual([]);
  }, 300_000);
});

describe('flink-ft recover on the same cluster', () => {
  it('exits 1 for the source that forgets its position, with no configuration', async () => {
    const cli = join(repoRoot, 'cli', 'out', 'flink-ft.cjs');
    const started = Date.now();
    // The CLI adopts the workspace's running cluster, the one the Test Explorer started.
    const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>((done) => {
      execFile(process.execPath, [cli, 'recover', folder, '--class', 'shapes.ForgetfulSequence', '--workspace', folder, '--image', IMAGE, '--json'], { cwd: folder, maxBuffer: 64 * 1024 * 1024 }, (error, out) =>
        done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout: out }),
      );
    });
    console.log(`[recovery-shapes e2e] flink-ft recover ForgetfulSequence: exit ${code} after ${((Date.now() - started) / 1000).toFixed(0)} s`);
    const report = JSON.parse(stdout) as RecoveryReport;
    expect([code, report.verdict, report.decisiveStep?.id]).toEqual([1, 'fail', 'output-continued']);
    expect(report.decisiveStep?.seen).toMatch(/^started over: /);
  }, DRILL_MS);
});
