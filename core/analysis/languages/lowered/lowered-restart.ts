// The restart strategy a PyFlink or Scala job sets in code (`RestartStrategies.no_restart()`,
// `RestartStrategies.fixedDelayRestart(3, 1000)`, Scala's parameterless `RestartStrategies.noRestart`).
import type { RestartSettings } from '../../model.js';
import type { Expr } from './lowered-ast.js';
import { numberValue } from './lowered-literals.js';
import { camelCase } from './lowered-values.js';

const RESTART_FACTORIES: Record<string, RestartSettings['strategy']> = {
  noRestart: 'none',
  fixedDelayRestart: 'fixed-delay',
  failureRateRestart: 'failure-rate',
  exponentialDelayRestart: 'exponential-delay',
  fallBackRestart: 'unknown',
};

/** The strategy `RestartStrategies.no_restart()` / `RestartStrategies.fixedDelayRestart(3, 1000)` chooses. */
export function restartFromCode(expr: Expr | undefined): Omit<RestartSettings, 'at'> | undefined {
  // Scala may leave out the parentheses: `RestartStrategies.noRestart`.
  if (expr?.kind === 'member') {
    const strategy = RESTART_FACTORIES[camelCase(expr.name)];
    return strategy ? { strategy } : undefined;
  }
  if (expr?.kind !== 'call' || expr.callee.kind !== 'member') return undefined;
  const strategy = RESTART_FACTORIES[camelCase(expr.callee.name)];
  if (!strategy) return undefined;
  if (strategy !== 'fixed-delay') return { strategy };
  const first = expr.args.find((a) => a.keyword === 'restart_attempts') ?? expr.args.filter((a) => !a.keyword)[0];
  const attempts = numberValue(first?.expr);
  return attempts === undefined ? { strategy } : { strategy, attempts };
}
