// The option keys FLINK010 knows, by family, and the closest valid key to a misspelled one. Taken
// from the `ConfigOptions.key(...)` (and deprecated-key) strings of CheckpointingOptions,
// StateRecoveryOptions, RestartStrategyOptions and ExecutionOptions in flink-dist-1.20.5.jar and
// flink-dist-2.3.0.jar (plus 1.20's ExecutionCheckpointingOptions), read with `javap -c`.
import type { FlinkVersion } from '../version/flink-version.js';
import { atLeast } from '../version/flink-version.js';

export const CHECKPOINTING_PREFIX = 'execution.checkpointing.';

const family = (prefix: string, tails: string[]): string[] => tails.map((t) => `${prefix}${t}`);

/** `execution.checkpointing.*`, the 1.20 and 2.3 keys and the deprecated ones both still accept. */
export const CHECKPOINTING_KEYS: readonly string[] = family(CHECKPOINTING_PREFIX, [
  'interval', 'interval-during-backlog', 'mode', 'timeout', 'min-pause', 'max-concurrent-checkpoints', 'tolerable-failed-checkpoints',
  'externalized-checkpoint-retention', 'unaligned', 'unaligned.enabled', 'unaligned.forced', 'unaligned.max-subtasks-per-channel-state-file',
  'unaligned.interruptible-timers.enabled', 'unaligned.recover-output-on-downstream.enabled', 'aligned-checkpoint-timeout', 'alignment-timeout',
  'checkpoints-after-tasks-finish', 'checkpoints-after-tasks-finish.enabled', 'during-recovery.enabled', 'dir', 'savepoint-dir', 'storage',
  'incremental', 'create-subdir', 'num-retained', 'cleaner.parallel-mode', 'file-merging.enabled', 'file-merging.across-checkpoint-boundary',
  'file-merging.max-file-size', 'file-merging.max-space-amplification', 'file-merging.max-subtasks-per-file', 'file-merging.pool-blocking',
  'local-backup.enabled', 'local-backup.dirs', 'write-buffer-size', 'data-inline-threshold', 'recover-without-channel-state.checkpoint-id',
  'snapshot-compression', 'approximate-local-recovery', 'force',
]);

/** `execution.state-recovery.*` (1.20 and 2.3), where 2.x reads savepoint paths and the claim mode. */
export const STATE_RECOVERY_KEYS: readonly string[] = family('execution.state-recovery.', [
  'path', 'claim-mode', 'ignore-unclaimed-state', 'from-local', 'approximate-local-recovery', 'without-channel-state.checkpoint-id',
]);

/** `restart-strategy.*` (1.20 and 2.3; `restart-strategy` alone is the deprecated name of `.type`). */
export const RESTART_STRATEGY_KEYS: readonly string[] = ['restart-strategy', ...family('restart-strategy.', [
  'type', 'fixed-delay.attempts', 'fixed-delay.delay', 'failure-rate.max-failures-per-interval', 'failure-rate.failure-rate-interval',
  'failure-rate.delay', 'exponential-delay.initial-backoff', 'exponential-delay.max-backoff', 'exponential-delay.backoff-multiplier',
  'exponential-delay.reset-backoff-threshold', 'exponential-delay.jitter-factor', 'exponential-delay.attempts-before-reset-backoff',
])];

/** Keys 1.20 reads and 2.x no longer has (absent from every ConfigOptions class of flink-dist-2.3.0.jar). */
export const KEYS_REMOVED_IN_2: ReadonlyMap<string, string> = new Map([
  ['execution.checkpointing.force', 'nothing: it forced checkpoints of iterative jobs, and 2.0 removed iterations'],
  ['state.backend.async', 'nothing: snapshots are always asynchronous'],
]);

/** A misspelled family prefix is still recognised when its head is within this many edits. */
const FAMILIES = [
  { head: 'execution.checkpointing', segments: 2, keys: CHECKPOINTING_KEYS },
  { head: 'execution.state-recovery', segments: 2, keys: STATE_RECOVERY_KEYS },
  { head: 'restart-strategy', segments: 1, keys: RESTART_STRATEGY_KEYS },
];
const PREFIX_EDITS = 3;

const known = new Set(FAMILIES.flatMap((f) => f.keys));

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

export interface UnknownKey {
  /** The closest valid key, when one is near. */
  suggestion?: string;
  /** Set when the key existed in 1.x and the project targets 2.x: what to use instead. */
  removedIn2?: string;
}

/**
 * A key meant as a checkpointing, state-recovery or restart-strategy option that Flink will not
 * recognise (ignored silently at run time), with the closest valid key if one is near; on 2.x also
 * the keys 2.0 removed. Undefined for valid keys and unrelated keys.
 */
export function unknownConfigKey(key: string, version?: FlinkVersion): UnknownKey | undefined {
  const removed = KEYS_REMOVED_IN_2.get(key);
  if (removed !== undefined) return atLeast(version, 2, 0) ? { removedIn2: removed } : undefined;
  if (known.has(key)) return undefined;
  const parts = key.split('.');
  const match = FAMILIES.map((f) => ({ f, d: key.startsWith(`${f.head}.`) ? 0 : distance(parts.slice(0, f.segments).join('.'), f.head) }))
    .filter(({ f, d }) => parts.length > f.segments && d <= PREFIX_EDITS)
    .sort((a, b) => a.d - b.d)[0];
  if (!match) return undefined;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of match.f.keys) {
    const d = distance(key, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const tail = parts.slice(match.f.segments).join('.');
  // Misspelled prefixes (`execution.checkpoint.interval`, `excution.checkpointing.mode`) allow more edits.
  const allowed = Math.max(2, Math.ceil(tail.length / 3) + (match.d === 0 ? 0 : PREFIX_EDITS));
  return best && bestDistance <= allowed ? { suggestion: best } : {};
}

/** The FLINK010 message for a key 2.0 removed (shared by code and config files). */
export function removedKeyMessage(key: string, version: string, replacement: string): string {
  return `Flink ${version} no longer has the option '${key}' (removed in 2.0) and ignores it. Use ${replacement}.`;
}
