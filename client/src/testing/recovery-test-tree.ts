// The Test Explorer tree: one item per Flink job of the workspace (at its execute call), with a
// "recovers from TaskManager loss" test under it and, for the probe jobs, the negative control,
// then an "other faults" group with one test per fault (pause, partition, netem, OOM). A fault test
// runs when it or its group is run: each is a drill of its own, so running the job runs only the kill.
// Domain data hangs off the items through a WeakMap, as in the test-provider sample.
import { Position, Range, Uri, type TestController, type TestItem } from 'vscode';
import { FAULT_KINDS, FAULT_TEST_PRESETS, findRecoverableJobs, parseFaultSpec, type FaultSpec, type RecoverableJob } from '../../../core/recovery/index.js';

export interface RecoveryTest {
  job: RecoverableJob;
  control: boolean;
  /** The fault the drill injects; absent: the TaskManager kill. */
  fault?: FaultSpec;
}

export const FAULTS_GROUP_LABEL = 'other faults';

export const RECOVERS_LABEL = 'recovers from TaskManager loss';
export const CONTROL_LABEL = 'negative control (checkpointing off)';

export class RecoveryTestTree {
  private readonly data = new WeakMap<TestItem, RecoveryTest>();
  private readonly groups = new WeakSet<TestItem>();
  private jobs: RecoverableJob[] = [];

  constructor(private readonly controller: TestController) {}

  /** The runnable test behind an item (undefined for job items). */
  testOf(item: TestItem): RecoveryTest | undefined {
    return this.data.get(item);
  }

  /** Jobs from the last scan, for the CodeLens. */
  get knownJobs(): readonly RecoverableJob[] {
    return this.jobs;
  }

  /** Rescans the folder and replaces the tree (ids are stable, so results stay attached). */
  async refresh(folder: string | undefined): Promise<void> {
    this.jobs = folder ? await findRecoverableJobs(folder) : [];
    this.controller.items.replace(this.jobs.map((job) => this.jobItem(job)));
  }

  /** The leaf tests a request covers: all, or the included items and their children, minus exclusions. */
  collect(include: readonly TestItem[] | undefined, exclude: readonly TestItem[] | undefined): TestItem[] {
    const excluded = new Set(exclude ?? []);
    const named = new Set(include ?? []);
    const out: TestItem[] = [];
    const visit = (item: TestItem): void => {
      if (excluded.has(item)) return;
      // The fault group only when asked for by name (it, or one of its tests).
      if (this.groups.has(item) && !named.has(item)) return;
      if (this.data.has(item)) out.push(item);
      item.children.forEach(visit);
    };
    if (include) include.forEach(visit);
    else this.controller.items.forEach(visit);
    return out;
  }

  /** The "recovers" (or control) test item of a job, by job id. */
  find(jobId: string, control = false): TestItem | undefined {
    return this.controller.items.get(jobId)?.children.get(`${jobId}#${control ? 'control' : 'recovers'}`);
  }

  private jobItem(job: RecoverableJob): TestItem {
    const uri = Uri.file(job.file);
    const item = this.controller.createTestItem(job.id, job.label, uri);
    item.description = job.kind === 'jvm' ? job.entryClass : 'PyFlink';
    item.range = executeRange(job);
    const tests: TestItem[] = [this.testItem(job, false, uri)];
    if (job.probe) tests.push(this.testItem(job, true, uri));
    tests.push(this.faultGroup(job, uri));
    item.children.replace(tests);
    return item;
  }

  private faultGroup(job: RecoverableJob, uri: Uri): TestItem {
    const group = this.controller.createTestItem(`${job.id}#faults`, FAULTS_GROUP_LABEL, uri);
    group.range = executeRange(job);
    this.groups.add(group);
    group.children.replace(
      FAULT_TEST_PRESETS.map((preset) => {
        const fault = parseFaultSpec(preset);
        const item = this.controller.createTestItem(`${job.id}#fault:${preset}`, `survives ${preset}`, uri);
        item.description = FAULT_KINDS.find((k) => k.name === fault.kind)?.description.split(/[;:(]/)[0]?.trim();
        item.range = executeRange(job);
        this.data.set(item, { job, control: false, fault });
        return item;
      }),
    );
    return group;
  }

  private testItem(job: RecoverableJob, control: boolean, uri: Uri): TestItem {
    const item = this.controller.createTestItem(`${job.id}#${control ? 'control' : 'recovers'}`, control ? CONTROL_LABEL : RECOVERS_LABEL, uri);
    item.range = executeRange(job);
    this.data.set(item, { job, control });
    return item;
  }
}

export function executeRange(job: RecoverableJob): Range {
  const line = Math.max(0, job.executeLine - 1);
  return new Range(new Position(line, 0), new Position(line, 200));
}
