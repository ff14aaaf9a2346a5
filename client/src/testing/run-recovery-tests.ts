// Runs recovery tests one after another on the workspace's local cluster. The test run's
// cancellation becomes the drill's AbortSignal, so Stop cancels the job and leaves the cluster clean.
import { dirname, resolve } from 'node:path';
import {
  Location,
  Position,
  ProgressLocation,
  Range,
  TestMessage,
  Uri,
  window,
  workspace,
  type CancellationToken,
  type TestController,
  type TestItem,
  type TestRun,
  type TestRunRequest,
} from 'vscode';
import type { StartedFlinkCluster } from '../../../core/cluster/index.js';
import { runRecoveryCheck, setUpRecoveryCheck, STEP_MARK, type RecoverableJob, type StepResult } from '../../../core/recovery/index.js';
import { outcomeOf, outputOf, toTerminal } from './report-outcome.js';
import { recoveryRequestOf } from './recovery-request.js';
import { executeRange, type RecoveryTestTree } from './recovery-test-tree.js';

export interface RecoveryTestingDeps {
  /** The workspace folder the cluster belongs to. */
  folder(): string | undefined;
  /** The running cluster, started if needed; undefined when the user declined (trust, no folder). */
  ensureCluster(report: (message: string) => void): Promise<StartedFlinkCluster | undefined>;
}

export async function runRecoveryTests(
  controller: TestController,
  tree: RecoveryTestTree,
  deps: RecoveryTestingDeps,
  request: TestRunRequest,
  token: CancellationToken,
): Promise<void> {
  const run = controller.createTestRun(request);
  const tests = tree.collect(request.include, request.exclude);
  for (const item of tests) run.enqueued(item);
  const abort = new AbortController();
  const stop = (): void => abort.abort(new Error('cancelled from the Test Explorer'));
  const subscriptions = [token.onCancellationRequested(stop), run.token.onCancellationRequested(stop)];
  try {
    await window.withProgress({ location: ProgressLocation.Window, title: 'Flink recovery check' }, async (progress) => {
      for (const item of tests) {
        if (abort.signal.aborted) {
          run.skipped(item);
          continue;
        }
        await runOne(item, tree, deps, run, abort.signal, (message) => progress.report({ message }));
      }
    });
  } finally {
    for (const s of subscriptions) s.dispose();
    run.end();
  }
}

async function runOne(item: TestItem, tree: RecoveryTestTree, deps: RecoveryTestingDeps, run: TestRun, signal: AbortSignal, progress: (message: string) => void): Promise<void> {
  const test = tree.testOf(item);
  if (!test) return;
  const { job } = test;
  const location = new Location(Uri.file(job.file), executeRange(job));
  run.started(item);
  if (!workspace.isTrusted) {
    run.errored(item, new TestMessage('The recovery check builds the job and runs it on Docker, so it needs a trusted workspace (Manage Workspace Trust).'));
    return;
  }
  const started = Date.now();
  try {
    const say = (message: string): void => {
      progress(`${job.label}: ${message}`);
      run.appendOutput(toTerminal(`${message}\n`), undefined, item);
    };
    const cluster = await deps.ensureCluster(say);
    if (!cluster) {
      run.skipped(item);
      return;
    }
    const setup = await setUpRecoveryCheck(recoveryRequestOf(test, deps.folder()));
    const report = await runRecoveryCheck(
      cluster,
      setup.job,
      {
        control: setup.control,
        ...(test.fault && { faults: [test.fault] }),
        signal,
        ...(setup.assertion && { assertion: setup.assertion }),
        onProgress: say,
        onStep: (step) => run.appendOutput(toTerminal(`${stepLine(step)}\n`), step.status === 'failed' ? location : undefined, item),
      },
    );
    run.appendOutput(`\r\n${outputOf(report)}`, undefined, item);
    const outcome = outcomeOf(report);
    if (outcome.kind === 'passed') run.passed(item, outcome.durationMs);
    else if (outcome.kind === 'skipped') run.skipped(item);
    else {
      const messages = outcome.messages.map((m) => {
        const message = m.expected !== undefined && m.actual !== undefined ? TestMessage.diff(m.message, m.expected, m.actual) : new TestMessage(m.actual ? `${m.message}: ${m.actual}` : m.message);
        message.location = m.at ? findingLocation(job, m.at) : location;
        return message;
      });
      if (outcome.kind === 'failed') run.failed(item, messages, outcome.durationMs);
      else run.errored(item, messages, outcome.durationMs);
    }
  } catch (error) {
    if (signal.aborted) {
      run.skipped(item);
      return;
    }
    const message = new TestMessage(error instanceof Error ? error.message : String(error));
    message.location = location;
    run.errored(item, message, Date.now() - started);
  }
}

/** A cited finding's line: its file is relative to the job's project (absolute for a script). */
function findingLocation(job: RecoverableJob, at: { file: string; line: number }): Location {
  const start = new Position(at.line - 1, 0);
  return new Location(Uri.file(resolve(job.kind === 'python' ? dirname(job.artifact) : job.artifact, at.file)), new Range(start, start));
}

function stepLine(step: StepResult): string {
  return `${STEP_MARK[step.status]} ${step.round !== undefined ? `[kill ${step.round}] ` : ''}${step.title}${step.seen ? `: ${step.seen}` : ''}`;
}
