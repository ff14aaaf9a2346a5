// `cluster add-tm --cpus --memory --slots`: one TaskManager's own limits, checked before Docker is asked.
import { MIN_TASK_MANAGER_MEMORY_BYTES, type TaskManagerLimits } from '../../../core/cluster/index.js';

export { describeLimits } from '../../../core/cluster/index.js';
import type { OptionValue } from '../args.js';
import { UsageError } from '../usage-error.js';

const UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

export function parseMemory(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)b?$/i.exec(text.trim());
  const bytes = m ? Math.floor(Number(m[1]) * UNITS[m[2]!.toLowerCase()]!) : Number.NaN;
  if (!Number.isFinite(bytes) || bytes < MIN_TASK_MANAGER_MEMORY_BYTES) {
    throw new UsageError(`Invalid value '${text}' for --memory. Flink's default memory model needs at least 1280m for a TaskManager, e.g. 1280m or 2g.`);
  }
  return bytes;
}

export function taskManagerLimits(values: Record<string, OptionValue | undefined>): { limits?: TaskManagerLimits } {
  const limits: TaskManagerLimits = {};
  if (typeof values['cpus'] === 'string') {
    const cpus = Number(values['cpus']);
    if (!/^\d+(\.\d+)?$/.test(values['cpus']) || cpus <= 0 || cpus > 256) throw new UsageError(`Invalid value '${values['cpus']}' for --cpus. Use a number of CPUs above 0, e.g. 0.5 or 2.`);
    limits.cpus = cpus;
  }
  if (typeof values['memory'] === 'string') limits.memoryBytes = parseMemory(values['memory']);
  if (typeof values['slots'] === 'string') {
    if (!/^\d+$/.test(values['slots']) || Number(values['slots']) < 1 || Number(values['slots']) > 128) throw new UsageError(`Invalid value '${values['slots']}' for --slots. Use a whole number from 1 to 128.`);
    limits.slots = Number(values['slots']);
  }
  return Object.keys(limits).length > 0 ? { limits } : {};
}
