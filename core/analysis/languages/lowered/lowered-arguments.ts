// A PyFlink or Scala call read for the shared Flink semantics (flink-semantics/): arguments by
// position or Python keyword, as literals, constants, evaluated values or nested calls. Syntax only;
// names come out in camelCase (`enable_checkpointing` → `enableCheckpointing`).
import type { ConfigCall } from '../../model.js';
import type { LanguageId, Range } from '../../types.js';
import type { ArgumentReader, ArgumentValue, FlinkCall, Keyword } from '../flink-semantics/argument-reader.js';
import type { Argument, Expr } from './lowered-ast.js';
import type { Args } from './lowered-args.js';
import type { LoweredEvaluator } from './lowered-evaluator.js';
import { callRange, configCallOf, enumName, numberValue, stringValue } from './lowered-literals.js';
import type { Value } from './lowered-values.js';
import { camelCase, lastSegment } from './lowered-values.js';

const OTHER: ArgumentValue = { kind: 'other' };

/** A call, a Scala parameterless member call or `new T(...)`; `evaluated` is absent for nested calls. */
export class LoweredCall implements FlinkCall, ArgumentReader {
  readonly languageId: LanguageId;
  readonly rawName: string;
  readonly name: string;
  readonly at: Range;

  constructor(
    private readonly ev: LoweredEvaluator,
    private readonly site: Extract<Expr, { kind: 'call' | 'member' | 'new' }>,
    private readonly exprs: readonly Argument[],
    private readonly evaluated?: Args,
  ) {
    this.languageId = ev.languageId;
    this.rawName = site.kind === 'new' ? site.typeName : site.kind === 'member' ? site.name : calleeName(site.callee);
    this.name = camelCase(lastSegment(this.rawName));
    this.at = site.kind === 'new' ? site.range : callRange(site);
  }

  get args(): ArgumentReader {
    return this;
  }

  get count(): number {
    return this.exprs.length;
  }

  configCall(): ConfigCall {
    return configCallOf(this.site, this.rawName, this.exprs);
  }

  string(index: number, keyword?: Keyword): string | undefined {
    return stringValue(this.expr(index, keyword));
  }

  number(index: number, keyword?: Keyword): number | undefined {
    return numberValue(this.expr(index, keyword));
  }

  enumName(index: number, keyword?: Keyword): string | undefined {
    return enumName(this.expr(index, keyword));
  }

  text(index: number, keyword?: Keyword): string | undefined {
    const expr = this.expr(index, keyword);
    return expr ? this.ev.textOf(expr.range) : undefined;
  }

  /** Python and Scala concatenations are not lowered to their parts. */
  concatenation(): string | undefined {
    return undefined;
  }

  option(index: number, keyword?: Keyword): { holder?: string; field: string } | undefined {
    const expr = this.expr(index, keyword);
    if (expr?.kind === 'name') return { field: expr.name };
    if (expr?.kind !== 'member') return undefined;
    const holder = expr.object.kind === 'name' || expr.object.kind === 'member' ? expr.object.name : undefined;
    return holder !== undefined ? { holder, field: expr.name } : { field: expr.name };
  }

  /** No key fixes are offered in Python or Scala yet: their entries keep the call's range. */
  literalRange(): Range | undefined {
    return undefined;
  }

  value(index: number, keyword?: Keyword): ArgumentValue | undefined {
    const args = this.evaluated;
    if (!args) return undefined;
    const byKeyword = keyword !== undefined ? keywordValue(args.keywords, keyword) : undefined;
    const value = byKeyword ?? args.positional[index];
    return value ? argumentValue(value) : undefined;
  }

  values(): ArgumentValue[] {
    return (this.evaluated?.all ?? []).map(argumentValue);
  }

  call(index: number, keyword?: Keyword): FlinkCall | undefined {
    const expr = this.expr(index, keyword);
    if (expr?.kind === 'new') return new LoweredCall(this.ev, expr, expr.args);
    if (expr?.kind === 'member') return new LoweredCall(this.ev, expr, []);
    if (expr?.kind === 'call' && (expr.callee.kind === 'name' || expr.callee.kind === 'member')) return new LoweredCall(this.ev, expr, expr.args);
    return undefined;
  }

  /** The argument with the keyword when there is one, else the `index`-th positional one. */
  private expr(index: number, keyword: Keyword | undefined): Expr | undefined {
    let positional = 0;
    let found: Expr | undefined;
    for (const arg of this.exprs) {
      if (arg.keyword === undefined) {
        if (positional++ === index) found = arg.expr;
      } else if (keyword !== undefined && (typeof keyword === 'string' ? arg.keyword === keyword : keyword.includes(arg.keyword))) {
        return arg.expr;
      }
    }
    return found;
  }
}

function calleeName(callee: Expr): string {
  return callee.kind === 'name' || callee.kind === 'member' ? callee.name : '';
}

function keywordValue(keywords: ReadonlyMap<string, Value>, keyword: Keyword): Value | undefined {
  if (typeof keyword === 'string') return keywords.get(keyword);
  for (const name of keyword) {
    const value = keywords.get(name);
    if (value) return value;
  }
  return undefined;
}

function argumentValue(value: Value): ArgumentValue {
  return value.kind === 'configuration' || value.kind === 'customSource' || value.kind === 'connector' ? value : OTHER;
}
