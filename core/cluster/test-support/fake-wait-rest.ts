import type { CheckpointingStatistics, JobDetail, TaskManagerInfo } from '../../flink-rest/index.js';
import type { WaitRestApi } from '../wait/wait-strategy.js';

type Answer<T> = T | Error;

/**
 * A scripted stand-in for the REST client: each call returns the next scripted answer, the last
 * one repeats. Errors in the script are thrown, as the real client would.
 */
export class FakeWaitRest implements WaitRestApi {
  calls = { taskManagers: 0, job: 0, checkpoints: 0 };

  constructor(
    private readonly script: {
      taskManagers?: Answer<TaskManagerInfo[]>[];
      job?: Answer<JobDetail>[];
      checkpoints?: Answer<CheckpointingStatistics>[];
    },
  ) {}

  overview(): never {
    throw new Error('not scripted');
  }

  async taskManagers(): Promise<TaskManagerInfo[]> {
    return next(this.script.taskManagers, this.calls.taskManagers++);
  }

  async job(): Promise<JobDetail> {
    return next(this.script.job, this.calls.job++);
  }

  async checkpoints(): Promise<CheckpointingStatistics> {
    return next(this.script.checkpoints, this.calls.checkpoints++);
  }
}

function next<T>(answers: Answer<T>[] | undefined, index: number): T {
  if (!answers || answers.length === 0) throw new Error('not scripted');
  const answer = answers[Math.min(index, answers.length - 1)]!;
  if (answer instanceof Error) throw answer;
  return answer;
}

export function tm(id: string): TaskManagerInfo {
  return { id, path: `pekko.tcp://flink@${id}:6122/user/rpc/taskmanager_0`, dataPort: 6121, timeSinceLastHeartbeat: 0, slotsNumber: 2, freeSlots: 2 };
}

export function job(state: JobDetail['state'], vertexStates: JobDetail['vertices'][number]['status'][] = []): JobDetail {
  return {
    jid: 'j1',
    name: 'probe',
    isStoppable: false,
    state,
    'start-time': 0,
    'end-time': -1,
    duration: 0,
    now: 0,
    timestamps: {},
    vertices: vertexStates.map((status, i) => ({ id: `v${i}`, name: `vertex-${i}`, parallelism: 1, status, 'start-time': 0, 'end-time': -1, duration: 0, tasks: {} })),
  };
}

export function checkpoints(completed: number, latestId?: number): CheckpointingStatistics {
  return {
    counts: { restored: 0, total: completed, in_progress: 0, completed, failed: 0 },
    latest: {
      completed: latestId === undefined ? null : { id: latestId, status: 'COMPLETED', is_savepoint: false, trigger_timestamp: 0, latest_ack_timestamp: 0, end_to_end_duration: 5 },
      savepoint: null,
      failed: null,
      restored: null,
    },
    history: [],
  };
}
