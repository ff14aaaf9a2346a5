// Step "restored from a checkpoint": counts.restored went up, and latest.restored is a checkpoint
// (not a savepoint) that completed before the fault, restored after it.
import type { CheckpointDetails, CheckpointingStatistics } from '../../flink-rest/index.js';
import type { RestoredCheckpoint, RoundStep } from './round-context.js';
import { done, pending, waitFor } from './wait-for.js';

export const restoredStep: RoundStep = async (ctx, state) => {
  const { cluster, jobId, options, log } = ctx;
  const injected = state.injected!;
  const moments = state.moments!;
  const before = state.before!;
  const t = Date.now();
  if (state.rodeThrough) {
    log.record('restored-from-checkpoint', 'skipped', t, { seen: 'the job rode the fault out: nothing restarted' }, state.round);
    return true;
  }
  let last: CheckpointingStatistics | undefined;
  // Checkpoint statistics are cached separately from the job: give them a moment to catch up.
  const timeoutMs = ctx.checkpointIntervalMs > 0 ? 10_000 : 2_000;
  const waited = await waitFor<RestoredCheckpoint>(options, timeoutMs, `job ${jobId} to report a restore after the fault`, async (signal) => {
    const cp = (last = await cluster.rest.checkpoints(jobId, { signal }));
    const r = cp.latest.restored;
    if (cp.counts.restored > before.restoredCount && r && r.restore_timestamp >= injected.issuedAt) return done(r);
    return pending(`counts.restored ${cp.counts.restored}, latest.restored ${r ? r.id : 'none'}`);
  });
  if (!waited.ok) {
    log.record('restored-from-checkpoint', 'failed', t, {
      expected: `counts.restored above ${before.restoredCount} and latest.restored a checkpoint completed before the kill`,
      seen: `counts.restored ${last?.counts.restored ?? 'unknown'}${last?.latest.restored ? `, latest.restored ${last.latest.restored.id} from before this kill` : ', latest.restored none'}: nothing was restored, the job started with empty state (state lost)`,
      evidence: { before: before.restoredCount, counts: last?.counts, latestRestored: last?.latest.restored ?? null },
    }, state.round);
    // The output may still show what the loss did: the round goes on to judge it.
    return true;
  }
  const restored = waited.value;
  state.restored = restored;
  moments.restoredAt = restored.restore_timestamp;
  moments.restoredObservedAt = Date.now();
  const completedBeforeFault = restoredBeforeFault(restored.id, state.lastCompletedAtFault, last!, injected.doneAt);
  state.restoredOk = completedBeforeFault && !restored.is_savepoint;
  // Flink's own numbers: how much state came back, for which operator (absent when the details expired).
  const details = await cluster.rest.checkpointDetails(jobId, restored.id, { signal: options.signal }).catch(() => undefined);
  if (details) state.restoredDetails = details;
  const triggeredAt = details?.trigger_timestamp ?? last!.history.find((h) => h.id === restored.id)?.trigger_timestamp;
  if (triggeredAt !== undefined) state.restoredTriggeredAt = triggeredAt;
  const operatorState = details ? stateByOperator(details, state.vertexNames) : [];
  log.record('restored-from-checkpoint', state.restoredOk ? 'passed' : 'failed', t, {
    expected: `a checkpoint completed before the kill (the latest then: ${state.lastCompletedAtFault ?? 'none'}), restored after it`,
    seen:
      `counts.restored ${before.restoredCount} → ${last!.counts.restored}, latest.restored id ${restored.id}${restored.is_savepoint ? ' (a savepoint)' : ''} at +${restored.restore_timestamp - injected.issuedAt} ms` +
      (operatorState.length > 0 ? `, with ${operatorState.map((o) => `${o.bytes} bytes of state for ${o.operator}`).join(', ')}` : ''),
    evidence: {
      latestRestored: restored,
      restoredCountBefore: before.restoredCount,
      restoredCountAfter: last!.counts.restored,
      lastCompletedBeforeKill: state.lastCompletedAtFault ?? null,
      ...(details && { restoredCheckpoint: { id: details.id, triggeredAt: details.trigger_timestamp, completedAt: details.latest_ack_timestamp, stateSize: details.state_size ?? null, operators: operatorState } }),
    },
  }, state.round);
  return true;
};

/** State size per operator in the checkpoint, largest first; operators without state are left out. */
function stateByOperator(details: CheckpointDetails, names: ReadonlyMap<string, string> | undefined): { operator: string; bytes: number }[] {
  // Keyed by vertex id (the entries' own `id` is not always the vertex's).
  return Object.entries(details.tasks ?? {})
    .map(([vertexId, task]) => ({ operator: names?.get(vertexId) ?? vertexId, bytes: task.state_size ?? task.checkpointed_size ?? 0 }))
    .filter((o) => o.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
}

/** Was the restored checkpoint completed before the fault? By id when we saw it, else by its ack time in the history. */
function restoredBeforeFault(restoredId: number, lastSeenId: number | undefined, cp: CheckpointingStatistics, faultAt: number): boolean {
  if (lastSeenId !== undefined && restoredId <= lastSeenId) return true;
  const entry = cp.history.find((h) => h.id === restoredId);
  return entry !== undefined && entry.latest_ack_timestamp > 0 && entry.latest_ack_timestamp < faultAt;
}
