// Step "target picked": where the fault goes, and where the job stood just before it.
import type { RoundStep } from './round-context.js';

export const pickTargetStep: RoundStep = async (ctx, state) => {
  const { cluster, jobId, options, log, fault } = ctx;
  options.signal.throwIfAborted();
  const t = Date.now();
  const choice = await fault.pickTarget(ctx);
  if (!choice.ok) {
    if (choice.injectAnyway) await (await fault.inject(ctx, choice.injectAnyway)).replacement;
    log.record('target-picked', 'inconclusive', t, { expected: choice.expected, seen: choice.seen, ...(choice.message && { message: choice.message }), evidence: choice.evidence }, state.round);
    return false;
  }
  const cp = await cluster.rest.checkpoints(jobId, { signal: options.signal }).catch(() => undefined);
  const completed = cp?.latest.completed;
  state.target = choice.target;
  state.before = {
    restoredCount: cp?.counts.restored ?? 0,
    lastCompleted: completed ? { id: completed.id, at: completed.latest_ack_timestamp } : null,
    outputLines: ctx.output.records().length,
    checkpointHistory: cp?.history ?? [],
  };
  log.record('target-picked', 'passed', t, {
    seen: choice.seen,
    evidence: { taskManager: choice.target.id, container: choice.target.container, restoredCount: state.before.restoredCount, lastCompleted: state.before.lastCompleted, outputLines: state.before.outputLines, ...choice.evidence },
  }, state.round);
  return true;
};
