// Reading a call's arguments in the lowered (PyFlink/Scala) form: by position or Python keyword,
// evaluated and as written, and a configuration key given as a string or a ConfigOption constant.
import { configKeyForOption } from '../model-builder.js';
import type { Argument, Expr } from './lowered-ast.js';
import type { Frame, LoweredEvaluator } from './lowered-evaluator.js';
import { stringValue } from './lowered-literals.js';
import type { Value } from './lowered-values.js';

export type CallExpr = Extract<Expr, { kind: 'call' }>;
export type MemberExpr = Extract<Expr, { kind: 'member' }>;
/** The call being dispatched: a real call, or a Scala member access that calls a parameterless method. */
export type CallSite = CallExpr | MemberExpr;

export interface Args {
  exprs: Argument[];
  positional: Value[];
  keywords: Map<string, Value>;
  all: Value[];
}

export function argsOf(ev: LoweredEvaluator, exprs: Argument[], frame: Frame): Args {
  return { exprs, ...ev.evalArguments(exprs, frame) };
}

/** The expression of the argument at `index` or with the given keyword (Python). */
export function argExpr(args: Args, index: number, keyword?: string): Expr | undefined {
  const byKeyword = keyword ? args.exprs.find((a) => a.keyword === keyword) : undefined;
  return byKeyword?.expr ?? args.exprs.filter((a) => !a.keyword)[index]?.expr;
}

export function configKey(expr: Expr | undefined): string | undefined {
  const text = stringValue(expr);
  if (text !== undefined) return text;
  if (expr?.kind === 'member') return configKeyForOption(expr.object.kind === 'name' || expr.object.kind === 'member' ? expr.object.name : undefined, expr.name);
  if (expr?.kind === 'name') return configKeyForOption(undefined, expr.name);
  return undefined;
}

