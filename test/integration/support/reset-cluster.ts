import { Wait, type StartedFlinkCluster } from '../../../core/cluster/index.js';
import { TERMINAL_JOB_STATES, type TaskManagerInfo } from '../../../core/flink-rest/index.js';
import { cancelJobAndWait } from '../../../core/jobs/index.js';

// Tests that share one cluster call these before they run, so that what an earlier (maybe failed)
// test left behind cannot fail them: a job still holding slots, a killed, stopped or extra
// TaskManager. Each waits on the cluster's own state, never on time.

const JOBS_SETTLED_MS = 60_000;
const TASK_MANAGERS_REGISTERED_MS = 120_000;

/** Cancels every job that has not ended (finished, failed, cancelled) and waits until each has. */
export async function cancelLeftoverJobs(cluster: Pick<StartedFlinkCluster, 'rest'>): Promise<void> {
  const leftovers = (await cluster.rest.jobs()).filter((job) => !TERMINAL_JOB_STATES.includes(job.state));
  for (const job of leftovers) await cancelJobAndWait(cluster.rest, job.jid, { timeoutMs: JOBS_SETTLED_MS });
}

/** The TaskManagers a test starts from: exactly these ids, or this many whatever their ids. */
export type TaskManagerShape = { ids: readonly string[] } | { count: number };

/**
 * Makes exactly the wanted TaskManagers run and waits until the JobManager lists exactly them,
 * each with its slots (a removed one may stay listed until its heartbeat times out).
 * `ids`: the others are removed, a missing one is an error, one not running is started again.
 * `count`: TaskManagers that do not run are removed, then the cluster is scaled to `count`.
 */
export async function resetTaskManagers(cluster: StartedFlinkCluster, shape: TaskManagerShape): Promise<TaskManagerInfo[]> {
  const all = await cluster.taskManagers();
  const unwanted = 'ids' in shape ? all.filter((tm) => !shape.ids.includes(tm.id)) : all.filter((tm) => tm.state !== 'running');
  for (const tm of unwanted) await cluster.runtime.removeContainer(tm.containerId);
  if ('ids' in shape) {
    for (const id of shape.ids) {
      const tm = all.find((t) => t.id === id);
      if (!tm) throw new Error(`TaskManager ${id} has no container any more (known: ${all.map((t) => t.id).join(', ') || 'none'}); the test cannot restore it`);
      if (tm.state !== 'running') await cluster.restartTaskManager(id);
    }
  } else {
    await cluster.scale(shape.count);
  }
  const running = (await cluster.taskManagers()).filter((tm) => tm.state === 'running').map((tm) => tm.id);
  return Wait.forTaskManagers({ count: running.length, present: running })
    .withTimeout(TASK_MANAGERS_REGISTERED_MS)
    .waitUntilReady(cluster.waitTarget());
}

/** Both: no job left running, and the TaskManagers of `shape`. */
export async function resetCluster(cluster: StartedFlinkCluster, shape: TaskManagerShape): Promise<void> {
  await cancelLeftoverJobs(cluster);
  await resetTaskManagers(cluster, shape);
}
