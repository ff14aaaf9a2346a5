// The real implementations of the drill's ports, over a StartedFlinkCluster, core/jobs and core/logs.
import { stat } from 'node:fs/promises';
import { projectDirs, type StartedFlinkCluster } from '../cluster/index.js';
import { buildIfStale, localClusterInfo, submitJob } from '../jobs/index.js';
import { TaskManagerOutput } from '../logs/index.js';
import type { DrillCluster, JobLauncher, OutputRecord, OutputTap } from './drill-ports.js';
import type { TaskManagerFaultOps } from './faults/fault-ops.js';

/** What to run: a built jar, a PyFlink script, or a Maven/Gradle project folder (built when stale). */
export interface DrillJobSpec {
  artifact: string;
  entryClass?: string;
  args?: readonly string[];
  parallelism?: number;
}

export function drillClusterOf(cluster: StartedFlinkCluster): DrillCluster {
  return {
    rest: cluster.rest,
    taskManagers: () => cluster.taskManagers(),
    killTaskManager: (id) => cluster.killTaskManager(id),
    addTaskManager: () => cluster.addTaskManager(),
    removeTaskManager: async (id) => {
      const tm = (await cluster.taskManagers()).find((t) => t.id === id);
      if (tm && tm.state !== 'running') await cluster.runtime.removeContainer(tm.containerId);
    },
  };
}

/** The timed faults' operations (pause, partition, netem) over the cluster's TaskManagers. */
export function faultOpsOf(cluster: StartedFlinkCluster, netemImage?: string): TaskManagerFaultOps {
  const netem = cluster.netem(netemImage);
  return {
    jobManagers: cluster,
    pause: async (id) => void (await cluster.pauseTaskManager(id)),
    unpause: async (id) => void (await cluster.unpauseTaskManager(id)),
    containerState: async (id) => (await cluster.taskManagerDetails(id)).state,
    disconnect: (id) => cluster.disconnectTaskManager(id),
    reconnect: (id) => cluster.reconnectTaskManager(id),
    connected: (id) => cluster.taskManagerConnected(id),
    applyNetem: (id, rule) => netem.apply(id, rule),
    clearNetem: (id) => netem.clear(id),
    netemRules: (id) => netem.inspect(id),
    oomKill: async (id) => {
      const c = await cluster.oomKillTaskManager(id);
      return { oomKilled: c.oomKilled, exitCode: c.exitCode, limitBytes: c.resources?.memoryBytes ?? 0 };
    },
  };
}

/** Follows every TaskManager's `.out` (new ones included) from now on. */
export async function openTaskManagerOutput(cluster: StartedFlinkCluster, pollIntervalMs = 200): Promise<OutputTap> {
  const records: OutputRecord[] = [];
  const follower = new TaskManagerOutput({
    logsRoot: projectDirs(cluster.workspace).logs,
    from: 'end',
    pollIntervalMs,
    onLine: (line) => records.push({ tmId: line.tmId, line: line.line, time: line.time.getTime() }),
    runtime: cluster.runtime,
    taskManagers: () => cluster.taskManagers(),
  });
  await follower.start();
  return { records: () => records, stop: () => follower.stop() };
}

/** Builds a project folder if its jar is stale, then submits to the cluster (jar over REST, .py in the JobManager). */
export function jobLauncherFor(cluster: StartedFlinkCluster, spec: DrillJobSpec, onProgress?: (message: string) => void): JobLauncher {
  return async (signal) => {
    signal.throwIfAborted();
    let artifact = spec.artifact;
    if ((await stat(artifact)).isDirectory()) {
      onProgress?.(`building ${artifact} (when stale)`);
      const built = await buildIfStale(artifact);
      artifact = built.jarPath;
    }
    signal.throwIfAborted();
    onProgress?.(`submitting ${artifact}`);
    const submitted = await submitJob(
      { rest: cluster.rest, local: localClusterInfo(cluster) },
      { artifact, ...(spec.entryClass && { entryClass: spec.entryClass }), args: spec.args ?? [], ...(spec.parallelism && { parallelism: spec.parallelism }), awaitRunning: false },
    );
    return { jobId: submitted.jobId, entryClass: submitted.entryClass };
  };
}
