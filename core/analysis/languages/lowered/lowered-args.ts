// Reading a call's arguments in the lowered (PyFlink/Scala) form: by position or Python keyword,
// evaluated and as written (lowered-arguments.ts reads them for the shared Flink semantics).
import type { Argument, Expr } from './lowered-ast.js';
import type { Frame, LoweredEvaluator } from './lowered-evaluator.js';
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
