// A small simulated Flink session for the drill's unit tests: each REST poll advances the job a
// little (records printed, checkpoints completed), and a kill runs the recovery the scenario asks
// for. Only the fields the drill reads are filled in.
import type { TaskManagerHandle } from '../../cluster/index.js';
import {
  HttpStatusError,
  type CheckpointConfig,
  type CheckpointDetails,
  type CheckpointingStatistics,
  type CompletedCheckpointStats,
  type JobDetail,
  type JobExceptions,
  type JobState,
  type TaskManagerInfo,
  type VertexDetail,
} from '../../flink-rest/index.js';
import type { DrillCluster, OutputRecord, OutputTap } from '../drill-ports.js';

export type Scenario =
  /** Restores the last checkpoint and continues: a correct job. */
  | 'recovers'
  /** Checkpointing off in the job: /checkpoints/config answers 404. */
  | 'no-checkpointing'
  /** Checkpointing off with a restart strategy: restarts from nothing (the negative control). */
  | 'control'
  /** State restored but the source starts over at 0 (UnreplayableProbe). */
  | 'unreplayable'
  /** Never restarts: the job ends FAILED. */
  | 'fails'
  /** The source replays from its checkpoint, but per-key counts were kept in a plain field: they restart at 1. */
  | 'field-counts';

/**
 * How the fake job prints: the probe format; `key=k0 seq=4 count=2` (a keyed count); `event seq=4`
 * (a sequence, no key); or lines with nothing the drill can compare.
 */
export type PrintStyle = 'probe' | 'counts' | 'sequence' | 'unstructured';

const KEYS = 2;
const SOURCE = 'v-source';
const CHECK = 'v-check';

export class FakeFlink implements DrillCluster {
  readonly calls: string[] = [];
  readonly records: OutputRecord[] = [];
  private state: JobState = 'RUNNING';
  private phase: 'running' | 'failing' | 'restarting' | 'failed' | 'canceled' = 'running';
  private pollsInPhase = 0;
  private tms: TaskManagerHandle[] = [1, 2, 3].map((n) => handle(`tm-${n}`));
  private placement: Record<string, string[]> = { [SOURCE]: ['tm-1'], [CHECK]: ['tm-1', 'tm-2'] };
  private vertexStart = Date.now() - 1_000;
  private restartingAt = 0;
  private completed: CompletedCheckpointStats[] = [];
  private restored: CheckpointingStatistics['latest']['restored'] = null;
  private restoredCount = 0;
  /** Next seq per key the source emits; the value at each checkpoint is kept for restores. */
  private nextSeq = 0;
  private seqAt = new Map<number, number>();
  private lastSeq = new Map<number, number>();
  private killAt = 0;
  private lastKilled = '';
  /** Per-key counts (the job's state) and their value at each checkpoint. */
  private counts = new Map<number, number>();
  private countsAt = new Map<number, Map<number, number>>();
  /** A clock that never stands still, so a line and a checkpoint are never in the same millisecond. */
  private lastClock = 0;

  readonly rest: DrillCluster['rest'];

  constructor(
    private readonly scenario: Scenario,
    private readonly printStyle: PrintStyle = 'probe',
  ) {
    const self = this;
    this.rest = {
      async job(jobId: string) {
        self.calls.push('job');
        self.tick();
        return self.jobDetail(jobId);
      },
      async vertex(_jobId: string, vertexId: string) {
        return self.vertexDetail(vertexId);
      },
      async checkpoints() {
        self.calls.push('checkpoints');
        self.tick();
        return self.checkpointStats();
      },
      async checkpointDetails(_jobId: string, checkpointId: number): Promise<CheckpointDetails> {
        const c = self.completed.find((x) => x.id === checkpointId)!;
        const task = { status: 'COMPLETED', latest_ack_timestamp: c.latest_ack_timestamp, num_subtasks: 1, num_acknowledged_subtasks: 1 };
        return { ...c, state_size: 2048, tasks: { [SOURCE]: { ...task, id: SOURCE, state_size: 0 }, [CHECK]: { ...task, id: CHECK, state_size: 2048 } } };
      },
      async checkpointConfig(jobId: string) {
        if (scenario === 'no-checkpointing' || scenario === 'control') {
          throw new HttpStatusError({ method: 'GET', url: `/jobs/${jobId}/checkpoints/config`, status: 404, statusText: 'Not Found', serverErrors: ['Checkpointing is not enabled for this job'] });
        }
        return { mode: 'EXACTLY_ONCE', interval: 50, timeout: 600_000, min_pause: 0, max_concurrent: 1, externalization: { enabled: true, delete_on_cancellation: false } } satisfies CheckpointConfig;
      },
      async jobExceptions(): Promise<JobExceptions> {
        const entries = self.killAt
          ? [{ exceptionName: 'org.apache.flink.runtime.jobmaster.JobMasterException: TaskManager with id tm-1 is no longer reachable.', stacktrace: 'TaskManager with id tm-1 is no longer reachable.\n\tat ...', timestamp: self.killAt + 5, taskManagerId: 'tm-1' }]
          : [];
        return { exceptionHistory: { entries, truncated: false } };
      },
      async cancelJob() {
        self.calls.push('cancel');
        self.phase = 'canceled';
        self.state = 'CANCELED';
      },
      async taskManagers(): Promise<TaskManagerInfo[]> {
        return self.tms.filter((t) => t.state === 'running').map((t) => ({ id: t.id, path: '', dataPort: 0, timeSinceLastHeartbeat: 0, slotsNumber: 2, freeSlots: 1 }));
      },
    };
  }

  async taskManagers(): Promise<TaskManagerHandle[]> {
    return this.tms.map((t) => ({ ...t }));
  }

  async killTaskManager(id: string): Promise<TaskManagerHandle> {
    this.calls.push(`kill ${id}`);
    const tm = this.tms.find((t) => t.id === id)!;
    tm.state = 'exited';
    if (Object.values(this.placement).some((tms) => tms.includes(id))) {
      this.killAt = Date.now();
      this.lastKilled = id;
      this.enter('failing');
    }
    return { ...tm };
  }

  async addTaskManager(): Promise<TaskManagerHandle> {
    const tm = handle(`tm-${this.tms.length + 1}`);
    this.calls.push(`add ${tm.id}`);
    this.tms.push(tm);
    return { ...tm };
  }

  async removeTaskManager(id: string): Promise<void> {
    this.calls.push(`remove ${id}`);
    this.tms = this.tms.filter((t) => t.id !== id);
  }

  /** An output tap over the fake's printed lines. */
  output(): OutputTap {
    // Reading the output lets time pass too: a running job keeps printing.
    return {
      records: () => {
        if (this.phase === 'running') this.print();
        return this.records;
      },
      stop: async () => undefined,
    };
  }

  private enter(phase: FakeFlink['phase']): void {
    this.phase = phase;
    this.pollsInPhase = 0;
  }

  /** Every poll moves the simulated job on by one step. */
  private tick(): void {
    this.pollsInPhase++;
    if (this.phase === 'running') {
      this.print();
      if (this.scenario !== 'control' && this.scenario !== 'no-checkpointing') this.checkpoint();
    } else if (this.phase === 'failing' && this.pollsInPhase > 1) {
      if (this.scenario === 'fails') {
        this.state = 'FAILED';
        this.enter('failed');
        return;
      }
      this.state = 'RESTARTING';
      this.restartingAt = Date.now();
      this.enter('restarting');
    } else if (this.phase === 'restarting' && this.pollsInPhase > 2) {
      this.recover();
      this.state = 'RUNNING';
      this.vertexStart = Date.now();
      // The lost tasks move to the newest TaskManager (the replacement).
      const newest = this.tms.at(-1)!.id;
      for (const [tasks, list] of Object.entries(this.placement)) this.placement[tasks] = list.map((tm) => (tm === this.lastKilled ? newest : tm));
      this.enter('running');
    }
  }

  private recover(): void {
    const last = this.completed.at(-1);
    if (this.scenario === 'recovers' || this.scenario === 'unreplayable' || this.scenario === 'field-counts') {
      this.restoredCount++;
      this.restored = { id: last!.id, restore_timestamp: this.clock(), is_savepoint: false, external_path: `file:/chk-${last!.id}` };
    }
    if (this.scenario === 'recovers' || this.scenario === 'field-counts') {
      this.nextSeq = this.seqAt.get(last!.id)!;
      for (let k = 0; k < KEYS; k++) this.lastSeq.set(k, this.nextSeq - 1);
      this.counts = this.scenario === 'recovers' ? new Map(this.countsAt.get(last!.id)) : new Map();
    } else if (this.scenario === 'unreplayable') {
      this.nextSeq = 0; // state came back (lastSeq kept at the checkpoint), the source did not
      for (let k = 0; k < KEYS; k++) this.lastSeq.set(k, this.seqAt.get(last!.id)! - 1);
    } else {
      this.nextSeq = 0;
      this.lastSeq.clear();
    }
  }

  private print(): void {
    const seq = this.nextSeq++;
    for (let k = 0; k < KEYS; k++) {
      const last = this.lastSeq.get(k);
      const status = last === undefined ? (seq === 0 ? 'OK' : 'RESTART') : seq === last + 1 ? 'OK' : seq > last + 1 ? 'GAP' : 'DUPLICATE';
      if (status !== 'DUPLICATE') this.lastSeq.set(k, seq);
      const count = (this.counts.get(k) ?? 0) + 1;
      this.counts.set(k, count);
      this.records.push({ tmId: 'tm-2', line: this.lineOf(k, seq, status, count), time: this.clock() });
    }
  }

  private lineOf(k: number, seq: number, status: string, count: number): string {
    switch (this.printStyle) {
      case 'probe':
        return `probe key=${k} seq=${seq} status=${status} attempt=0`;
      case 'counts':
        return `2> key=k${k} seq=${seq} count=${count}`;
      case 'sequence':
        return `event seq=${seq * KEYS + k}`;
      case 'unstructured':
        return 'handled an event';
    }
  }

  private clock(): number {
    this.lastClock = Math.max(Date.now(), this.lastClock + 1);
    return this.lastClock;
  }

  private checkpoint(): void {
    const id = this.completed.length + 1;
    const now = this.clock();
    this.seqAt.set(id, this.nextSeq);
    this.countsAt.set(id, new Map(this.counts));
    this.completed.push({ id, status: 'COMPLETED', is_savepoint: false, trigger_timestamp: now, latest_ack_timestamp: now, end_to_end_duration: 1 });
  }

  private jobDetail(jobId: string): JobDetail {
    const status = this.state === 'RUNNING' ? 'RUNNING' : this.state === 'RESTARTING' ? 'CANCELING' : 'FAILED';
    return {
      jid: jobId,
      name: 'fake-probe',
      isStoppable: false,
      state: this.state,
      'start-time': 0,
      'end-time': -1,
      duration: 0,
      now: Date.now(),
      timestamps: { RUNNING: this.vertexStart, ...(this.restartingAt && { RESTARTING: this.restartingAt }) },
      vertices: [SOURCE, CHECK].map((id) => ({ id, name: id, parallelism: 1, status, 'start-time': this.vertexStart, 'end-time': -1, duration: 0, tasks: {} })),
    };
  }

  private vertexDetail(vertexId: string): VertexDetail {
    const now = Date.now();
    return {
      id: vertexId,
      name: vertexId,
      parallelism: this.placement[vertexId]!.length,
      now,
      subtasks: this.placement[vertexId]!.map((tm, subtask) => ({
        subtask,
        status: 'RUNNING',
        attempt: 0,
        'taskmanager-id': tm,
        'start-time': this.vertexStart,
        'status-duration': { RUNNING: Math.max(0, now - this.vertexStart - 1) },
      })),
    };
  }

  private checkpointStats(): CheckpointingStatistics {
    return {
      counts: { restored: this.restoredCount, total: this.completed.length, in_progress: 0, completed: this.completed.length, failed: 0 },
      latest: { completed: this.completed.at(-1) ?? null, savepoint: null, failed: null, restored: this.restored },
      history: [...this.completed].reverse().slice(0, 10),
    };
  }
}

function handle(id: string): TaskManagerHandle {
  return { id, containerId: `c-${id}`, containerName: `flinkft-fake-${id}`, state: 'running', logDir: `/tmp/${id}` };
}
