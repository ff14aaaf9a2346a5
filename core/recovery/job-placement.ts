// Which TaskManager runs which of the job's tasks, from REST: job → vertices → subtasks →
// taskmanager-id. Also gives Flink's own time at which the last task switched to RUNNING.
import type { JobDetail } from '../flink-rest/index.js';
import type { DrillRestApi } from './drill-ports.js';

export interface Placement {
  /** tm id → names of the vertices with a subtask there. */
  byTaskManager: Map<string, string[]>;
  /** The TaskManager running the first (source) vertex's first subtask, if known. */
  sourceTaskManager?: string;
  /** Flink's clock: when the last subtask entered RUNNING (undefined unless all run). */
  allRunningSince?: number;
  subtasks: number;
}

export async function jobPlacement(rest: DrillRestApi, job: JobDetail, signal?: AbortSignal): Promise<Placement> {
  const byTaskManager = new Map<string, string[]>();
  let sourceTaskManager: string | undefined;
  let allRunningSince: number | undefined = 0;
  let subtasks = 0;
  const details = await Promise.all(job.vertices.map((v) => rest.vertex(job.jid, v.id, { signal })));
  details.forEach((detail, index) => {
    for (const s of detail.subtasks) {
      subtasks++;
      const tm = s['taskmanager-id'] ?? s.endpoint ?? s.host;
      if (tm) {
        const names = byTaskManager.get(tm) ?? [];
        if (!names.includes(detail.name)) names.push(detail.name);
        byTaskManager.set(tm, names);
        if (index === 0 && s.subtask === 0) sourceTaskManager = tm;
      }
      const running = s.status === 'RUNNING' ? s['status-duration']?.['RUNNING'] : undefined;
      if (running === undefined || allRunningSince === undefined) allRunningSince = undefined;
      else allRunningSince = Math.max(allRunningSince, detail.now - running);
    }
  });
  return { byTaskManager, sourceTaskManager, allRunningSince: subtasks > 0 ? allRunningSince : undefined, subtasks };
}

/**
 * The TaskManager to kill: the one running the source (so the drill tests source replay and
 * state), else the one with the most vertices.
 */
export function pickTarget(placement: Placement): string | undefined {
  if (placement.sourceTaskManager) return placement.sourceTaskManager;
  return [...placement.byTaskManager.entries()].sort((a, b) => b[1].length - a[1].length)[0]?.[0];
}
