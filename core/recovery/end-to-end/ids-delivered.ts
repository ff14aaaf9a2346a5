// The drill's last step with an end-to-end check: once the job has recovered, wait until every id
// written to the input topic is in the output topic (read_committed, from the beginning), then
// judge: each id exactly once (exactly-once), or at least once with duplicates reported as expected.
// A timeout is not an error: what was read then is judged, and missing ids fail the drill.
import type { DrillCluster } from '../drill-ports.js';
import type { ResolvedDrillOptions } from '../drill-options.js';
import type { EndToEndReport } from '../recovery-report.js';
import { done, pending, waitFor } from '../round/wait-for.js';
import type { StepLog } from '../step-log.js';
import type { EndToEndVerdict } from './end-to-end-verdict.js';
import { checkOutputIds } from './topic-check.js';

/** The read ends when no record came for this long; the wait repeats it until every id is there. */
const READ_IDLE_MS = 3000;

export interface IdsDeliveredContext {
  cluster: DrillCluster;
  options: ResolvedDrillOptions;
  log: StepLog;
  checkpointIntervalMs: number;
}

export async function checkIdsDelivered(ctx: IdsDeliveredContext): Promise<EndToEndReport | undefined> {
  const { options, log } = ctx;
  const plan = options.endToEnd;
  if (!plan) return undefined;
  const t = Date.now();
  // An exactly-once sink commits on checkpoints: give the last ids a few intervals to be committed.
  const timeoutMs = Math.max(options.timeouts.outputMs, 5 * ctx.checkpointIntervalMs + 2 * READ_IDLE_MS);
  let last: EndToEndVerdict | undefined;
  let reads = 0;
  const read = async (): Promise<EndToEndVerdict> => {
    reads++;
    // Without an input topic the job's own ids are the expected ones: only duplicates can be judged.
    const expectedIds = plan.inputTopic ? plan.ids : undefined;
    return (last = await checkOutputIds(plan.broker, { outputTopic: plan.outputTopic, expectedIds, guarantee: plan.guarantee, idleTimeoutMs: READ_IDLE_MS, ...(plan.idField !== undefined && { idField: plan.idField }) }));
  };
  const caughtUp = await waitFor(options, timeoutMs, `every id in ${plan.outputTopic} (read_committed)`, async () => {
    const v = await read();
    return v.missing.count === 0 && v.expected > 0 ? done(v) : pending(`${v.distinct} of ${v.expected} ids committed, ${v.missing.count} missing`);
  });
  const verdict = caughtUp.ok ? caughtUp.value : last ?? (await read());
  const report: EndToEndReport = {
    ...verdict,
    outputTopic: plan.outputTopic,
    ...(plan.inputTopic !== undefined && { inputTopic: plan.inputTopic }),
    ...(plan.idField !== undefined && { idField: plan.idField }),
    isolation: 'read_committed',
    run: plan.run,
    checkMs: Date.now() - t,
    reads,
  };
  const promise = plan.guarantee === 'exactly-once' ? 'every id exactly once' : 'every id at least once (duplicates allowed)';
  log.record('ids-delivered', verdict.expected === 0 ? 'not-judged' : verdict.verdict === 'pass' ? 'passed' : 'failed', t, {
    title: `${promise} in ${plan.outputTopic} (read_committed)`,
    expected: `${promise}: ${plan.inputTopic ? `the ${plan.ids.length} ids written to ${plan.inputTopic}` : 'no id twice'}`,
    seen: verdict.expected === 0 ? `no record with an id in ${plan.outputTopic}` : verdict.summary,
    ...(verdict.verdict === 'fail' && verdict.duplicates.count > 0 && { message: DUPLICATES_MESSAGE }),
    ...(verdict.missing.count > 0 && { message: MISSING_MESSAGE }),
    evidence: { endToEnd: report },
  });
  return report;
}

const DUPLICATES_MESSAGE =
  'Ids came out twice: records written after the last checkpoint were written again when the job replayed from it. An exactly-once pipeline needs the sink at EXACTLY_ONCE (KafkaSink with a transactional id prefix) and consumers reading with read_committed.';
const MISSING_MESSAGE =
  'Ids never came out committed: records were lost, or are still in an open transaction (the sink commits on checkpoints; is checkpointing running after the recovery?).';
