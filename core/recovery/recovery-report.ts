// What a recovery drill hands back: named steps with Flink's evidence, a timeline per kill, and a
// verdict. Plain data (JSON-serialisable) so the CLI prints it as is and the Test Explorer renders it.

import type { EndToEndVerdict } from './end-to-end/end-to-end-verdict.js';

export type StepId =
  | 'submitted'
  | 'checkpointing-enabled'
  | 'running-with-checkpoints'
  | 'target-picked'
  | 'killed'
  | 'failure-observed'
  | 'running-again'
  | 'restored-from-checkpoint'
  | 'new-checkpoint'
  | 'output-continued'
  | 'sequence-intact'
  | 'ids-written'
  | 'ids-in-flight'
  | 'ids-delivered';

/**
 * `not-judged`: the step applies but the drill had no way to examine it (a job's output with no
 * structure it can read and no assertion). Unlike `skipped` it keeps the verdict from passing.
 */
export type StepStatus = 'passed' | 'failed' | 'skipped' | 'inconclusive' | 'not-judged';

export interface StepResult {
  id: StepId;
  /** 1-based kill round for the steps after the kill; absent for the set-up steps. */
  round?: number;
  title: string;
  status: StepStatus;
  /** For failed, inconclusive and not-judged steps: what the check wanted and what it saw. */
  expected?: string;
  seen?: string;
  /** One sentence for people; the fix when there is one. */
  message?: string;
  /** Flink's own evidence (REST values, output lines), as seen. */
  evidence: Record<string, unknown>;
  /** Epoch ms when the step finished, and how long it took. */
  at: number;
  durationMs: number;
}

export type TimelineEventName = 'kill' | 'failure-noticed' | 'restarting' | 'restored' | 'running' | 'next-checkpoint';

export interface TimelineEvent {
  name: TimelineEventName;
  /** Epoch ms, by Flink's own clock where Flink reports the moment (kill: ours). */
  at: number;
  /** When the drill's polling saw it; `observedAt - at` is what the check adds. */
  observedAt?: number;
  sinceKillMs: number;
  sincePreviousMs: number;
}

export interface RoundTimeline {
  round: number;
  /** The TaskManager the round's fault hit (killed, paused, cut off…). */
  killedTaskManager: string;
  /** The fault's --fault name, e.g. "pause-tm=10" (absent in reports from before faults had names). */
  fault?: string;
  replacementTaskManager?: string;
  events: TimelineEvent[];
  /** kill → job RUNNING with all tasks again, by Flink's timestamps. */
  killToRunningMs?: number;
  /** kill → latest.restored.restore_timestamp. */
  killToRestoredMs?: number;
  /** How much later the drill saw "all tasks running" than Flink reports it (polling and REST caches). */
  checkOverheadMs?: number;
}

/**
 * `not-judged`: Flink restored the job, but a part of the proof (its output) was not examined, so the
 * drill does not claim the job recovered correctly. Never shown as a pass.
 */
export type Verdict = 'pass' | 'fail' | 'inconclusive' | 'not-judged';

export interface RecoveryReport {
  verdict: Verdict;
  /** One line: why this verdict (the failed step's expected vs seen, or what made it inconclusive). */
  summary: string;
  /** The first failed (else inconclusive, else not-judged) step, when the verdict is not pass. */
  decisiveStep?: { id: StepId; round?: number; title: string; expected?: string; seen?: string };
  job: { jobId?: string; name?: string; artifact: string; entryClass?: string; args: string[]; control: boolean };
  steps: StepResult[];
  timelines: RoundTimeline[];
  startedAt: number;
  /** Everything, from opening the output to the job cancelled and the cluster cleaned. */
  durationMs: number;
  /** Before submission (TaskManagers, output following) and after the verdict (cancel, clean-up). */
  phases: { setupMs: number; outputMs?: number; taskManagersMs?: number; cleanupMs: number };
  /**
   * For a drill that failed on state or position: the FLINK002 / FLINK011 findings in the job's
   * source that explain it (empty: no rule saw it coming). Absent when not looked for.
   */
  findings?: CitedFinding[];
  /** The end-to-end check of a Kafka pipeline (`--verify-topic`): ids in, ids out, judged. */
  endToEnd?: EndToEndReport;
  /** True when the drill was stopped through its AbortSignal (the job was cancelled). */
  cancelled?: boolean;
}

/** The end-to-end verdict with where and how it was read. */
export interface EndToEndReport extends EndToEndVerdict {
  outputTopic: string;
  inputTopic?: string;
  idField?: string;
  isolation: 'read_committed';
  /** The prefix of this run's ids. */
  run: string;
  /** From the job having recovered to the verdict: reading the output topic until every id was there. */
  checkMs: number;
  /** Full reads of the output topic it took. */
  reads: number;
}

/** A static-analysis finding cited by a drill's verdict. */
export interface CitedFinding {
  ruleId: string;
  ruleName: string;
  message: string;
  /** Relative to the project folder, or the script's path. */
  file: string;
  /** 1-based. */
  line: number;
}
