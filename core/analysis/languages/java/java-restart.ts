// `env.setRestartStrategy(RestartStrategies.noRestart())` and friends (Flink ≤ 1.20; removed in 2.0)
// as restart settings for FLINK006.
import type { Node } from 'web-tree-sitter';
import type { RestartSettings } from '../../model.js';
import { argumentNodes, numberValue } from './java-nodes.js';

const FACTORIES: Record<string, RestartSettings['strategy']> = {
  noRestart: 'none',
  fixedDelayRestart: 'fixed-delay',
  failureRateRestart: 'failure-rate',
  exponentialDelayRestart: 'exponential-delay',
  fallBackRestart: 'unknown',
};

/** The strategy a `RestartStrategies.x(...)` argument chooses, or undefined for anything else. */
export function restartFromCode(argument: Node | undefined): Omit<RestartSettings, 'at'> | undefined {
  if (argument?.type !== 'method_invocation') return undefined;
  const strategy = FACTORIES[argument.childForFieldName('name')?.text ?? ''];
  if (!strategy) return undefined;
  if (strategy !== 'fixed-delay') return { strategy };
  const attempts = numberValue(argumentNodes(argument)[0]);
  return attempts === undefined ? { strategy } : { strategy, attempts };
}
