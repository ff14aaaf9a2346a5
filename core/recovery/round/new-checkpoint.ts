// Step "a new checkpoint": one completed after the restore (skipped when checkpointing is off).
import type { CheckpointingStatistics, CompletedCheckpointStats } from '../../flink-rest/index.js';
import type { RoundStep } from './round-context.js';
import { done, pending, waitFor } from './wait-for.js';

export const newCheckpointStep: RoundStep = async (ctx, state) => {
  const { cluster, jobId, options, log } = ctx;
  const moments = state.moments!;
  const t = Date.now();
  if (ctx.checkpointIntervalMs <= 0) {
    log.record('new-checkpoint', 'skipped', t, { seen: 'checkpointing is off' }, state.round);
    return true;
  }
  const after = state.restored?.restore_timestamp ?? state.injected!.issuedAt;
  const restoredId = state.restored?.id;
  const timeoutMs = Math.max(options.timeouts.nextCheckpointMs, 3 * ctx.checkpointIntervalMs);
  let last: CheckpointingStatistics | undefined;
  const waited = await waitFor<CompletedCheckpointStats>(options, timeoutMs, `job ${jobId} to complete a checkpoint after the restore`, async (signal) => {
    const cp = (last = await cluster.rest.checkpoints(jobId, { signal }));
    const c = cp.latest.completed;
    if (c && c.trigger_timestamp >= after && (restoredId === undefined || c.id > restoredId)) return done(c);
    return pending(`latest completed ${c?.id ?? 'none'}, ${cp.counts.failed} failed`);
  });
  const next = waited.ok ? waited.value : undefined;
  if (next) {
    moments.nextCheckpointAt = next.latest_ack_timestamp;
    moments.nextCheckpointObservedAt = Date.now();
  }
  log.record('new-checkpoint', next ? 'passed' : 'failed', t, {
    expected: `a checkpoint completed after the restore, within ${timeoutMs / 1000} s`,
    seen: next ? `checkpoint ${next.id} completed at +${next.latest_ack_timestamp - state.injected!.issuedAt} ms` : `latest completed ${last?.latest.completed?.id ?? 'none'}, ${last?.counts.failed ?? 0} failed`,
    evidence: { latestCompleted: next ?? last?.latest.completed ?? null, counts: last?.counts },
  }, state.round);
  return true;
};
