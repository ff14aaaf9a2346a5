// The TaskManager a fault hits: the one running the job's source (or the one named with --target, or
// the drill's chooser), with why nowhere when it runs none of the job's tasks.
import { jobPlacement, pickTarget } from '../job-placement.js';
import type { RoundContext } from '../round/round-context.js';
import type { TargetChoice } from './fault.js';

export async function pickTaskManager({ cluster, jobId, options }: RoundContext, verb: string): Promise<TargetChoice> {
  const { signal } = options;
  const job = await cluster.rest.job(jobId, { signal });
  const placement = await jobPlacement(cluster.rest, job, signal);
  const handles = await cluster.taskManagers();
  const runningIds = handles.filter((h) => h.state === 'running').map((h) => h.id);
  const id = options.targetTaskManager ?? (options.chooseTarget ? options.chooseTarget(placement.byTaskManager, runningIds) : pickTarget(placement));
  const placed = Object.fromEntries(placement.byTaskManager);
  const expected = 'a TaskManager running tasks of the job';
  if (!id) return { ok: false, expected, seen: 'REST lists no TaskManager for any subtask', evidence: { placement: placed } };
  const handle = handles.find((h) => h.id === id);
  const tasks = placement.byTaskManager.get(id);
  if (!handle || !tasks) {
    const why = !handle ? `there is no TaskManager container '${id}'` : `${id} runs none of the job's tasks (they run on ${[...placement.byTaskManager.keys()].join(', ') || 'no TaskManager'})`;
    return {
      ok: false,
      expected,
      seen: why,
      message: `${verb} ${id} cannot show recovery: ${why}. Let the drill pick the target, or name a TaskManager the job runs on.`,
      evidence: { target: id, placement: placed },
      // Inject anyway, as asked: the job is unaffected, which proves nothing about recovery.
      ...(handle && { injectAnyway: { id, container: handle.containerName } }),
    };
  }
  return { ok: true, target: { id, container: handle.containerName }, seen: `${id} runs ${tasks.join(', ')}`, evidence: { placement: placed } };
}
