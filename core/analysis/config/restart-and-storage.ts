// Flink semantics of the restart-strategy and checkpoint-storage keys, shared by code
// Configurations (model-builder.ts) and config files (cluster-config.ts). Reference §1.2, §5.3.
import type { RestartSettings } from '../model.js';

/** `restart-strategy` is the pre-1.17 name of `restart-strategy.type`. */
export const RESTART_KEYS: ReadonlySet<string> = new Set(['restart-strategy.type', 'restart-strategy', 'restart-strategy.fixed-delay.attempts']);

/** Keys naming a durable checkpoint location (1.20 names and their deprecated predecessors). */
export const STORAGE_KEYS: ReadonlySet<string> = new Set(['execution.checkpointing.dir', 'state.checkpoints.dir']);

export const RETENTION_KEYS: ReadonlySet<string> = new Set([
  'execution.checkpointing.externalized-checkpoint-retention',
]);

const STRATEGY_NAMES: Record<string, RestartSettings['strategy']> = {
  none: 'none', off: 'none', disable: 'none', disabled: 'none', norestart: 'none',
  'fixed-delay': 'fixed-delay', fixeddelay: 'fixed-delay',
  'failure-rate': 'failure-rate', failurerate: 'failure-rate',
  'exponential-delay': 'exponential-delay', exponentialdelay: 'exponential-delay',
};

export function restartStrategyOf(value: string): RestartSettings['strategy'] {
  return STRATEGY_NAMES[value.trim().toLowerCase().replace(/_/g, '-')] ?? 'unknown';
}

/** The restart settings after one more key; attempts only matter once fixed-delay is chosen. */
export function restartFromConfig(current: RestartSettings | undefined, key: string, value: string | undefined): RestartSettings {
  const next: RestartSettings = { strategy: current?.strategy ?? 'unknown' };
  if (current?.attempts !== undefined) next.attempts = current.attempts;
  if (key === 'restart-strategy.fixed-delay.attempts') {
    const attempts = value === undefined ? undefined : Number(value.trim());
    if (attempts !== undefined && Number.isInteger(attempts)) next.attempts = attempts;
    else delete next.attempts;
    // Attempts alone do not choose fixed-delay: with checkpointing on the default stays exponential-delay.
    return next;
  }
  next.strategy = value === undefined ? 'unknown' : restartStrategyOf(value);
  return next;
}

/** Restarts can never happen: strategy none, or fixed-delay with 0 attempts. */
export function restartsDisabled(restart: RestartSettings | undefined): boolean {
  if (!restart) return false;
  return restart.strategy === 'none' || (restart.strategy === 'fixed-delay' && restart.attempts === 0);
}
