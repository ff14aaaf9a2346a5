// A TaskManager's own limits in words, for the CLI's status lines and the Flink view alike.
import type { TaskManagerLimits } from './cluster-status.js';

/** "1.5 CPUs, 2 GiB, 4 slots" or "1280 MiB" for status lines. */
export function describeLimits(limits: TaskManagerLimits | undefined): string {
  if (!limits) return '';
  return [
    limits.cpus !== undefined && `${limits.cpus} CPU${limits.cpus === 1 ? '' : 's'}`,
    limits.memoryBytes !== undefined && (limits.memoryBytes % 1024 ** 3 === 0 ? `${limits.memoryBytes / 1024 ** 3} GiB` : `${Math.round(limits.memoryBytes / 1024 ** 2)} MiB`),
    limits.slots !== undefined && `${limits.slots} slots`,
  ].filter(Boolean).join(', ');
}
