// Valid `execution.checkpointing.*` keys (flink-reference.md §1.2, 1.20 and 2.x names plus the
// older ones still accepted), and the closest valid key to a misspelled one.
export const CHECKPOINTING_PREFIX = 'execution.checkpointing.';

export const CHECKPOINTING_KEYS: readonly string[] = [
  'interval', 'interval-during-backlog', 'mode', 'timeout', 'min-pause', 'max-concurrent-checkpoints', 'tolerable-failed-checkpoints',
  'externalized-checkpoint-retention', 'unaligned', 'unaligned.enabled', 'unaligned.forced', 'unaligned.max-subtasks-per-channel-state-file',
  'unaligned.interruptible-timers.enabled', 'aligned-checkpoint-timeout', 'alignment-timeout', 'checkpoints-after-tasks-finish',
  'checkpoints-after-tasks-finish.enabled', 'dir', 'savepoint-dir', 'storage', 'incremental', 'create-subdir', 'num-retained',
  'cleaner.parallel-mode', 'file-merging.enabled', 'file-merging.across-checkpoint-boundary', 'file-merging.max-file-size',
  'file-merging.max-space-amplification', 'file-merging.pool-blocking', 'local-backup.enabled', 'local-backup.dirs',
  'write-buffer-size', 'data-inline-threshold', 'recover-without-channel-state.checkpoint-id', 'snapshot-compression',
  'approximate-local-recovery', 'force', 'fail-on-checkpointing-errors',
].map((k) => `${CHECKPOINTING_PREFIX}${k}`);

const known = new Set(CHECKPOINTING_KEYS);

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

/**
 * A key meant as a checkpointing option that Flink will not recognise (ignored silently at run
 * time), with the closest valid key if one is near. Undefined for valid keys and unrelated keys.
 */
export function unknownCheckpointingKey(key: string): { suggestion?: string } | undefined {
  if (known.has(key)) return undefined;
  const parts = key.split('.');
  const head = parts.slice(0, 2).join('.');
  // Misspelled prefixes (`execution.checkpoint.interval`, `excution.checkpointing.mode`) count too.
  if (!key.startsWith(CHECKPOINTING_PREFIX) && (parts.length < 3 || distance(head, 'execution.checkpointing') > 3)) return undefined;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of CHECKPOINTING_KEYS) {
    const d = distance(key, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const tail = key.startsWith(CHECKPOINTING_PREFIX) ? key.slice(CHECKPOINTING_PREFIX.length) : parts.slice(2).join('.');
  return best && bestDistance <= Math.max(2, Math.ceil(tail.length / 3) + (key.startsWith(CHECKPOINTING_PREFIX) ? 0 : 3)) ? { suggestion: best } : {};
}
