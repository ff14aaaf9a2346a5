// Reading constants out of lowered expressions: enum-like names, strings, numbers, the
// ConfigCall a connector builder records, and `SET 'key' = 'value'` statements inside SQL strings.
import type { ArgumentInfo, ConfigCall } from '../../model.js';
import type { Range } from '../../types.js';
import type { Argument, Expr } from './lowered-ast.js';

const ENUM_LIKE = /^[A-Z][A-Z0-9_]*$/;

/** `DeliveryGuarantee.EXACTLY_ONCE` → `EXACTLY_ONCE`; a bare imported `EXACTLY_ONCE` too. */
export function enumName(expr: Expr | undefined): string | undefined {
  if (!expr) return undefined;
  if (expr.kind === 'member' || expr.kind === 'name') return ENUM_LIKE.test(expr.name) ? expr.name : undefined;
  return undefined;
}

export function stringValue(expr: Expr | undefined): string | undefined {
  return expr?.kind === 'string' ? expr.value : undefined;
}

export function numberValue(expr: Expr | undefined): number | undefined {
  return expr?.kind === 'number' ? expr.value : undefined;
}

export function argumentInfo(arg: Argument): ArgumentInfo {
  const info: ArgumentInfo = { range: arg.expr.range };
  const name = enumName(arg.expr);
  if (name) info.enumName = name;
  const text = stringValue(arg.expr);
  if (text !== undefined) info.stringValue = text;
  return info;
}

/** `name(args)` of a call: from the method name to the closing parenthesis. */
export function callRange(call: Extract<Expr, { kind: 'call' }> | Extract<Expr, { kind: 'member' }>): Range {
  const callee = call.kind === 'call' ? call.callee : call;
  return callee.kind === 'member' ? { start: callee.nameStart, end: call.range.end } : call.range;
}

/** The ConfigCall of a builder call, constructor or factory. */
export function configCallOf(expr: Expr, method: string, args: readonly Argument[]): ConfigCall {
  const infos = args.map(argumentInfo);
  const range = expr.kind === 'call' || expr.kind === 'member' ? callRange(expr) : expr.range;
  const call: ConfigCall = { method, range, enumArgs: infos.flatMap((a) => (a.enumName ? [a.enumName] : [])), args: infos };
  const callee = expr.kind === 'call' ? expr.callee : expr;
  if (callee.kind === 'member' && callee.dot) call.dotPosition = callee.dot;
  return call;
}

export type SqlStatement = { kind: 'set'; key: string; value: string } | { kind: 'dml' } | { kind: 'other' };

/**
 * Classifies the SQL a job passes to `execute_sql`/`executeSql`: a `SET 'k' = 'v'` changes the
 * configuration, an `INSERT`/`EXECUTE` submits a job. This reads the string's value, not source text.
 */
export function classifySql(sql: string): SqlStatement {
  const set = /^\s*SET\s+'([^']+)'\s*=\s*'([^']*)'\s*;?\s*$/i.exec(sql);
  if (set) return { kind: 'set', key: set[1]!, value: set[2]! };
  if (/^\s*(INSERT|EXECUTE)\b/i.test(sql)) return { kind: 'dml' };
  return { kind: 'other' };
}
