import type { TaskManagerInfo } from '../../flink-rest/index.js';
import { AbstractWaitStrategy, type CheckResult, type WaitRest } from './wait-strategy.js';

export interface TaskManagerCondition {
  /** Exactly this many registered. */
  count?: number;
  /** At least this many registered. */
  atLeast?: number;
  /** These ids must be registered. */
  present?: readonly string[];
  /** These ids must not be registered (a killed TM noticed by the ResourceManager). */
  absent?: readonly string[];
}

/** Waits until REST /taskmanagers matches a condition on count and ids. */
export class TaskManagersWaitStrategy extends AbstractWaitStrategy<TaskManagerInfo[], WaitRest<'taskManagers'>> {
  readonly description: string;

  constructor(private readonly condition: TaskManagerCondition) {
    super();
    const parts: string[] = [];
    if (condition.count !== undefined) parts.push(`exactly ${condition.count} TaskManager(s) registered`);
    if (condition.atLeast !== undefined) parts.push(`at least ${condition.atLeast} TaskManager(s) registered`);
    if (condition.present?.length) parts.push(`${condition.present.join(', ')} registered`);
    if (condition.absent?.length) parts.push(`${condition.absent.join(', ')} no longer registered`);
    this.description = parts.length > 0 ? parts.join(' and ') : 'the TaskManager list';
  }

  protected async check(target: WaitRest<'taskManagers'>): Promise<CheckResult<TaskManagerInfo[]>> {
    const tms = await target.rest.taskManagers({ signal: target.signal });
    // A TaskManager is listed a moment before its slot report arrives (slotsNumber 0): it cannot run
    // tasks yet, so it counts as registered only once its slots are known. Absent means not listed.
    const ready = tms.filter((tm) => tm.slotsNumber > 0);
    const readyIds = new Set(ready.map((tm) => tm.id));
    const listedIds = new Set(tms.map((tm) => tm.id));
    const { count, atLeast, present = [], absent = [] } = this.condition;
    const ok =
      (count === undefined || (ready.length === count && tms.length === count)) &&
      (atLeast === undefined || ready.length >= atLeast) &&
      present.every((id) => readyIds.has(id)) &&
      absent.every((id) => !listedIds.has(id));
    if (ok) return { state: 'done', value: tms };
    const list = [...listedIds].sort().join(', ');
    const waitingForSlots = tms.length - ready.length;
    return {
      state: 'pending',
      seen: `${tms.length} TaskManager(s) registered${list ? ` (${list})` : ''}${waitingForSlots > 0 ? `, ${waitingForSlots} without slots yet` : ''}`,
    };
  }
}
