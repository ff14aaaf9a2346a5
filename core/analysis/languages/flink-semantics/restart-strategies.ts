// `setRestartStrategy(RestartStrategies.noRestart())` and friends (Flink ≤ 1.20; removed in 2.0) as
// restart settings for FLINK006, in every language: Java, Scala's parameterless
// `RestartStrategies.noRestart`, PyFlink's `RestartStrategies.fixed_delay_restart(3, 1000)`.
import type { RestartSettings } from '../../model.js';
import type { FlinkCall } from './argument-reader.js';

const FACTORIES: Record<string, RestartSettings['strategy']> = {
  noRestart: 'none',
  fixedDelayRestart: 'fixed-delay',
  failureRateRestart: 'failure-rate',
  exponentialDelayRestart: 'exponential-delay',
  fallBackRestart: 'unknown',
};

/** The strategy a `RestartStrategies.x(...)` argument chooses, or undefined for anything else. */
export function restartStrategyOf(factory: FlinkCall | undefined): Omit<RestartSettings, 'at'> | undefined {
  const strategy = factory ? FACTORIES[factory.name] : undefined;
  if (!strategy) return undefined;
  if (strategy !== 'fixed-delay') return { strategy };
  const attempts = factory!.args.number(0, 'restart_attempts');
  return attempts === undefined ? { strategy } : { strategy, attempts };
}
