// Step "ids in flight at the fault" (end-to-end check only): right after a checkpoint completes,
// write this round's ids to the input topic and wait until the sink has written them all (seen with
// read_uncommitted, so open transactions count). The fault then hits records that are out of the
// sink but not yet committed by a checkpoint: an at-least-once sink writes them again on replay
// (duplicates), an exactly-once one aborts them. The checkpoint ids before the write and at the end
// are evidence that no checkpoint completed in between.
import { idOfRecord } from '../end-to-end/record-ids.js';
import type { RoundStep } from './round-context.js';
import { done, pending, waitFor } from './wait-for.js';

const READ_IDLE_MS = 3000;

export const idsInFlightStep: RoundStep = async (ctx, state) => {
  const { cluster, jobId, options, log } = ctx;
  const plan = options.endToEnd;
  if (!plan?.inputTopic) return true;
  const t = Date.now();
  const batch = plan.batches[state.round] ?? [];
  if (batch.length === 0) {
    log.record('ids-in-flight', 'skipped', t, { seen: 'no ids left for this round' }, state.round);
    return true;
  }
  const latestCompleted = async (signal?: AbortSignal): Promise<number> => (await cluster.rest.checkpoints(jobId, { signal })).latest.completed?.id ?? 0;
  const base = await latestCompleted(options.signal);
  const interval = Math.max(ctx.checkpointIntervalMs, 1000);
  // A fresh checkpoint gives the batch a whole interval to be written before the next one.
  const fresh = await waitFor(options, 3 * interval + 30_000, 'a checkpoint to complete before writing the ids', async (signal) => {
    const id = await latestCompleted(signal);
    return id > base ? done(id) : pending(`latest completed checkpoint ${id}`);
  });
  const beforeWrite = fresh.ok ? fresh.value : base;
  await plan.broker.produce(plan.inputTopic, batch);
  const written = Date.now();
  const wanted = new Set(batch);
  let visible = 0;
  const sent = await waitFor(options, Math.max(options.timeouts.outputMs, 3 * interval), `the sink to write the ${batch.length} ids of this round`, async (signal) => {
    visible = await countVisible(ctx, wanted, signal);
    return visible >= wanted.size ? done(visible) : pending(`${visible} of ${wanted.size} ids in ${plan.outputTopic} (read_uncommitted)`);
  });
  const atFault = await latestCompleted(options.signal);
  const uncommitted = atFault === beforeWrite;
  const evidence = {
    inputTopic: plan.inputTopic, written: batch.length, firstId: batch[0], lastId: batch.at(-1), sentWithinMs: Date.now() - written,
    checkpointBeforeWrite: beforeWrite, checkpointBeforeFault: atFault, uncommittedAtFault: uncommitted, visibleReadUncommitted: visible,
  };
  if (!sent.ok) {
    log.record('ids-in-flight', 'inconclusive', t, {
      expected: `the ${batch.length} ids written to ${plan.inputTopic} to come out of the sink (read_uncommitted) before the fault`,
      seen: sent.seen,
      message: 'The job did not pass the ids on, so the fault would not hit records in flight. Is it reading the input topic (--input-topic) and writing the output topic (--verify-topic)?',
      evidence,
    }, state.round);
    return false;
  }
  log.record('ids-in-flight', 'passed', t, {
    seen: `${batch.length} ids written after checkpoint ${beforeWrite} and sent by the sink; ${uncommitted ? 'no checkpoint completed since' : `checkpoint ${atFault} completed meanwhile (they may be committed before the fault)`}`,
    evidence,
  }, state.round);
  return true;
};

/** How many of `wanted` are in the output topic, counting records of open transactions too. */
async function countVisible(ctx: Parameters<RoundStep>[0], wanted: ReadonlySet<string>, signal: AbortSignal | undefined): Promise<number> {
  const plan = ctx.options.endToEnd!;
  const seen = new Set<string>();
  const stop = new AbortController();
  const onAbort = (): void => stop.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    await plan.broker.consume(plan.outputTopic, {
      fromBeginning: true,
      isolation: 'read_uncommitted',
      idleTimeoutMs: READ_IDLE_MS,
      signal: stop.signal,
      onRecord: (value) => {
        const id = idOfRecord(value, plan.idField);
        if (id !== undefined && wanted.has(id)) seen.add(id);
        // All there: end the read now instead of waiting for it to go idle.
        if (seen.size >= wanted.size && !stop.signal.aborted) stop.abort();
      },
    });
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
  return seen.size;
}
