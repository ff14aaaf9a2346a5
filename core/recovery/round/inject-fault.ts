// Step "killed" (the fault injected): the fault hits its target; the timeline starts here.
import type { RoundStep } from './round-context.js';

export const injectFaultStep: RoundStep = async (ctx, state) => {
  const { cluster, jobId, options, log, fault } = ctx;
  const target = state.target!;
  options.signal.throwIfAborted();
  options.onProgress(`kill ${state.round}: ${fault.action(target)}`);
  const t = Date.now();
  const injected = await fault.inject(ctx, target);
  const atFault = await cluster.rest.checkpoints(jobId, { signal: options.signal }).catch(() => undefined);
  state.injected = injected;
  state.lastCompletedAtFault = injected.lastCompletedCheckpoint ?? atFault?.latest.completed?.id ?? state.before?.lastCompleted?.id;
  // The timeline counts from the moment the fault was issued: never after it, so no step comes out negative.
  state.moments = { round: state.round, killedTaskManager: target.id, fault: fault.name, killAt: injected.issuedAt };
  log.record('killed', 'passed', t, {
    title: fault.title,
    seen: injected.seen,
    evidence: { ...injected.evidence, lastCompletedCheckpointAtKill: state.lastCompletedAtFault ?? null },
  }, state.round);
  if (injected.jobEnded) {
    // Nothing can recover: say why now instead of waiting out the recovery timeout.
    const { expected, seen, message, evidence } = injected.jobEnded;
    log.record('running-again', 'failed', Date.now(), { expected, seen, message, evidence }, state.round);
    return false;
  }
  return true;
};
