// Walks lowered Python or Scala code once, in order, tracking abstract values through locals,
// module globals, object fields and parameters. Same-file functions are evaluated on their own and
// again at their call sites with the caller's arguments, so `configure(env)` sees the real
// environment; the model builder merges both by location. Lambdas are deferred code and are skipped.
import type { Node } from 'web-tree-sitter';
import type { Catalog, ConnectorEntry } from '../../catalog/catalog.js';
import type { ConfigCall } from '../../model.js';
import type { LineIndex } from '../../parse/line-index.js';
import type { Range } from '../../types.js';
import type { ModelBuilder } from '../model-builder.js';
import type { CrossFileLookup } from '../../cross-file/workspace-lookup.js';
import type { Argument, Expr, FunctionInfo, Lowering, ProgramIndex, Stmt } from './lowered-ast.js';
import { dispatchCall, dispatchConstruction, memberAsCall } from './lowered-calls.js';
import type { MemberExpr } from './lowered-args.js';
import { chainOf } from './lowered-chain.js';
import { OverloadIndex } from '../overload-index.js';
import type { Value } from './lowered-values.js';
import { UNKNOWN, lastSegment } from './lowered-values.js';

class Scope {
  private readonly vars = new Map<string, Value>();
  constructor(private readonly known: Set<string>, readonly parent?: Scope) {}

  lookup(name: string): Value | undefined {
    return this.vars.get(name) ?? this.parent?.lookup(name);
  }

  declare(name: string, value: Value): void {
    if (value.kind !== 'unknown') this.known.add(name);
    this.vars.set(name, value);
  }

  /** Rebinds the nearest existing binding; declares locally when there is none. */
  assign(name: string, value: Value): void {
    for (let scope: Scope | undefined = this; scope; scope = scope.parent) {
      if (scope.vars.has(name)) {
        scope.declare(name, value);
        return;
      }
    }
    this.declare(name, value);
  }
}

export interface Frame {
  scope: Scope;
  /** Class or object whose methods and attributes unqualified names reach ('' at module level). */
  container: string;
  /** Names generated identifiers (transactional id prefixes) after the job's class or function. */
  contextName: string;
  returns: Value[];
  last: Value;
}

/** Keeps pathological files (deep or wide helper graphs) linear. */
const MAX_INLINE_DEPTH = 8;
const MAX_INLINES_PER_FILE = 500;

/** Names that matter wherever they appear; catalog class names and file members are added per file. */
const STATIC_RELEVANT = [
  'StreamExecutionEnvironment', 'ExecutionEnvironment', 'Configuration', 'StreamTableEnvironment', 'TableEnvironment',
  'EnvironmentSettings', 'SourceFunction', 'SinkFunction', 'Source', 'Sink', 'TableDescriptor',
];
const STREAM_TYPES = new Set(['DataStream', 'DataStreamSource', 'SingleOutputStreamOperator', 'KeyedStream', 'WindowedStream', 'ConnectedStreams', 'BroadcastStream']);
const IDENTIFIER = /[A-Za-z_$][\w$]*/g;

export class LoweredEvaluator {
  private readonly relevantNames: Set<string>;
  private readonly containerScopes = new Map<string, Scope>();
  private readonly callStack: FunctionInfo[] = [];
  /** Functions by name and by container and name (a key with a NUL between), each with arity. */
  private readonly functionsByName = new OverloadIndex<FunctionInfo>();
  private readonly containerNames = new Set<string>();
  private inlineBudget = MAX_INLINES_PER_FILE;
  /** Each function evaluated on its own (parameters known only by declared types), for exports. */
  readonly ownResults: { fn: FunctionInfo; args: Value[]; returned: Value }[] = [];
  /** Tables declared in this file (`CREATE TABLE ... WITH`, `create_temporary_table`), by lower-case name. */
  readonly sqlTables = new Map<string, { entry: ConnectorEntry; api: string; calls: ConfigCall[]; range: Range }>();

  constructor(
    readonly index: ProgramIndex,
    readonly lowering: Lowering,
    readonly builder: ModelBuilder,
    readonly catalog: Catalog,
    readonly lines: LineIndex,
    private readonly text: string,
    /** Other files of the workspace (helpers, factories, custom sources); absent for a lone file. */
    readonly workspace?: CrossFileLookup,
  ) {
    this.relevantNames = new Set([...STATIC_RELEVANT, ...catalog.classNames(lowering.languageId), ...index.typeAliases.keys(), ...index.modules]);
    for (const fn of index.functions) {
      this.relevantNames.add(fn.name);
      this.functionsByName.add(fn.name, fn.params.length, fn);
      this.functionsByName.add(`${fn.container}\u0000${fn.name}`, fn.params.length, fn);
      this.containerNames.add(fn.container);
    }
    for (const container of index.containers) {
      if (container.name) this.relevantNames.add(container.name);
      this.containerNames.add(container.name);
    }
    for (const name of index.customSources.keys()) this.relevantNames.add(name);
    // Functions imported from other modules may be workspace helpers (only looked up with a workspace).
    if (workspace) for (const name of index.importedNames?.keys() ?? []) this.relevantNames.add(name);
  }

  get languageId() {
    return this.lowering.languageId;
  }

  run(): void {
    // Module code and object bodies first (they bind the globals and fields functions use), then
    // every function on its own, with parameters known only by their declared types.
    for (const container of this.index.containers) {
      const frame = this.frameFor(container.name, container.name, this.scopeOf(container.name));
      for (const statement of container.statements) this.visitStatement(statement, frame);
    }
    for (const fn of this.index.functions) {
      const args = fn.params.map((p) => this.valueOfDeclaredType(p.type, p.range));
      this.ownResults.push({ fn, args, returned: this.evaluateFunction(fn, args, new Map()) });
    }
  }

  private scopeOf(container: string): Scope {
    let scope = this.containerScopes.get(container);
    if (!scope) {
      scope = new Scope(this.relevantNames, container === '' ? undefined : this.scopeOf(''));
      this.containerScopes.set(container, scope);
    }
    return scope;
  }

  private frameFor(container: string, contextName: string, scope: Scope): Frame {
    return { scope, container, contextName, returns: [], last: UNKNOWN };
  }

  /** A stream or environment that arrives from a caller we cannot see; anything else is unknown. */
  private valueOfDeclaredType(type: string | undefined, at: Range): Value {
    if (type === undefined) return UNKNOWN;
    const simple = lastSegment(this.index.typeAliases.get(type) ?? type);
    if (STREAM_TYPES.has(simple)) return { kind: 'stream', stream: { sourceIds: [] } };
    if (simple === 'StreamExecutionEnvironment') return { kind: 'env', env: this.builder.externalEnvironment(at, simple) };
    return UNKNOWN;
  }

  evaluateFunction(fn: FunctionInfo, positional: Value[], keywords: Map<string, Value>): Value {
    const scope = new Scope(this.relevantNames, this.scopeOf(fn.container));
    fn.params.forEach((param, i) => scope.declare(param.name, keywords.get(param.name) ?? positional[i] ?? UNKNOWN));
    const contextName = fn.container || (fn.name === 'main' ? 'flink-job' : fn.name);
    const frame = this.frameFor(fn.container, contextName, scope);
    this.callStack.push(fn);
    try {
      for (const statement of this.lowering.statementsOf(fn.body)) this.visitStatement(statement, frame);
    } finally {
      this.callStack.pop();
    }
    const returned = [...frame.returns].reverse().find((v) => v.kind !== 'unknown');
    return returned ?? (this.lowering.lastExpressionReturns ? frame.last : UNKNOWN);
  }

  /** Evaluates a same-file function for a call, or returns undefined when there is none. */
  inlineFunction(container: string | undefined, name: string, args: Value[], keywords: Map<string, Value>): Value | undefined {
    const fn = this.findFunction(container, name, args.length);
    if (!fn) return undefined;
    if (this.callStack.includes(fn) || this.callStack.length >= MAX_INLINE_DEPTH || this.inlineBudget <= 0) return UNKNOWN;
    this.inlineBudget--;
    return this.evaluateFunction(fn, fn.params[0]?.name === 'self' ? [UNKNOWN, ...args] : args, keywords);
  }

  private findFunction(container: string | undefined, name: string, arity: number): FunctionInfo | undefined {
    return container === undefined ? this.functionsByName.find(name, arity) : this.functionsByName.find(`${container}\u0000${name}`, arity);
  }

  hasContainer(name: string): boolean {
    return this.containerNames.has(name);
  }

  lookupName(name: string, frame: Frame): Value {
    const bound = frame.scope.lookup(name);
    if (bound) return bound;
    const alias = this.index.typeAliases.get(name);
    if (alias) return { kind: 'type', name: alias };
    if (this.index.modules.has(name)) return { kind: 'module', name };
    return /^[A-Z]/.test(name) ? { kind: 'type', name } : UNKNOWN;
  }

  private isRelevant(node: Node): boolean {
    const text = this.text.slice(node.startIndex, node.endIndex);
    IDENTIFIER.lastIndex = 0;
    for (let match = IDENTIFIER.exec(text); match; match = IDENTIFIER.exec(text)) {
      if (this.relevantNames.has(match[0])) return true;
      // A class or object another file declares (`FlinkSetup.createEnvironment()`).
      if (this.workspace?.declares(match[0])) return true;
    }
    return false;
  }

  visitStatement(node: Node, frame: Frame): void {
    if (this.lowering.isComment(node) || !this.isRelevant(node)) return;
    this.execute(this.lowering.lowerStatement(node), frame);
  }

  private execute(statement: Stmt, frame: Frame): void {
    switch (statement.kind) {
      case 'assign': {
        const evaluated = this.evalExpr(statement.value, frame);
        const value = evaluated.kind === 'unknown' ? this.valueOfDeclaredType(statement.declaredType, statement.value.range) : evaluated;
        this.bind(statement.target, value, frame, true);
        this.noteEnvironmentHolder(value, statement.target, statement.statement);
        frame.last = UNKNOWN;
        return;
      }
      case 'expr':
        frame.last = this.evalExpr(statement.expr, frame);
        return;
      case 'return':
        frame.returns.push(statement.expr ? this.evalExpr(statement.expr, frame) : UNKNOWN);
        return;
      case 'compound':
        for (const expr of statement.exprs) this.evalExpr(expr, frame);
        for (const block of statement.blocks) for (const child of this.lowering.statementsOf(block)) this.visitStatement(child, frame);
        return;
      case 'skip':
        return;
    }
  }

  /** `self.x` / `this.x` live on the enclosing object; other names in the current function. */
  private bind(target: string, value: Value, frame: Frame, declare: boolean): void {
    const attribute = /^(self|this)\.(.+)$/.exec(target);
    if (attribute) {
      this.scopeOf(frame.container).declare(`self.${attribute[2]!}`, value);
      return;
    }
    if (declare) frame.scope.declare(target, value);
    else frame.scope.assign(target, value);
  }

  /** Remembers the name holding a freshly created environment and where a statement can follow. */
  private noteEnvironmentHolder(value: Value, name: string, statement: Node): void {
    if (value.kind !== 'env' || value.env.insertion || value.env.external) return;
    const env = value.env;
    const start = statement.startPosition;
    const end = statement.endPosition;
    const creation = env.creation.start;
    const after = (l: number, c: number, row: number, col: number) => l > row || (l === row && c >= col);
    if (!after(creation.line, creation.character, start.row, start.column) || !after(end.row, end.column, creation.line, creation.character)) return;
    env.variable = name;
    if (!this.lowering.inStatementList(statement)) return;
    env.insertion = {
      position: { line: end.row, character: this.lines.lineText(end.row).length },
      indent: /^\s*/.exec(this.lines.lineText(start.row))?.[0] ?? '',
      receiver: name,
    };
  }

  evalExpr(expr: Expr, frame: Frame): Value {
    switch (expr.kind) {
      case 'name':
        return this.lookupName(expr.name, frame);
      case 'member':
        return this.evalChain(expr, frame);
      case 'call':
        // `f(x)` is no chain link; `a.f(x)` is one.
        return expr.callee.kind === 'member' ? this.evalChain(expr, frame) : dispatchCall(this, expr, frame);
      case 'new':
        return dispatchConstruction(this, expr, expr.typeName, this.evalArguments(expr.args, frame), frame);
      case 'assign': {
        const value = this.evalExpr(expr.value, frame);
        this.bind(expr.target, value, frame, false);
        return value;
      }
      case 'other': {
        for (const child of expr.children) this.evalExpr(child, frame);
        for (const block of expr.blocks ?? []) for (const child of this.lowering.statementsOf(block)) this.visitStatement(child, frame);
        if (!expr.choices) return UNKNOWN;
        const values = expr.choices.map((choice) => this.evalExpr(choice, frame));
        // `local_env() if local else get_execution_environment()`: one job, whichever branch runs.
        const envs = values.flatMap((v) => (v.kind === 'env' ? [v.env] : []));
        for (const env of envs.slice(1)) this.builder.sameEnvironment(envs[0]!, env);
        return values.find((v) => v.kind !== 'unknown') ?? UNKNOWN;
      }
      case 'string':
      case 'number':
      case 'opaque':
        return UNKNOWN;
    }
  }

  /** A chain of calls and member accesses, link by link from its base outwards (no recursion per link). */
  private evalChain(expr: Expr, frame: Frame): Value {
    const { base, links } = chainOf(expr);
    let value = this.evalExpr(base, frame);
    for (const link of links) value = link.kind === 'call' ? dispatchCall(this, link, frame, value) : this.memberOf(link, value, frame);
    return value;
  }

  /** `object.name` without a call: a type or module path, or (Scala) a parameterless method call. */
  private memberOf(expr: MemberExpr, object: Value, frame: Frame): Value {
    if (object.kind === 'type') {
      const call = this.lowering.memberIsCall ? memberAsCall(this, expr, object, frame) : undefined;
      return call && call.kind !== 'unknown' ? call : { kind: 'type', name: `${object.name}.${expr.name}` };
    }
    if (object.kind === 'module' || (object.kind === 'unknown' && /^[A-Z]/.test(expr.name))) {
      return /^[A-Z]/.test(expr.name) ? { kind: 'type', name: expr.name } : { kind: 'module', name: expr.name };
    }
    if (object.kind === 'unknown') return UNKNOWN;
    return this.lowering.memberIsCall ? memberAsCall(this, expr, object, frame) : UNKNOWN;
  }

  evalArguments(args: Argument[], frame: Frame): { positional: Value[]; keywords: Map<string, Value>; all: Value[] } {
    const positional: Value[] = [];
    const keywords = new Map<string, Value>();
    const all: Value[] = [];
    for (const arg of args) {
      const value = this.evalExpr(arg.expr, frame);
      all.push(value);
      if (arg.keyword) keywords.set(arg.keyword, value);
      else positional.push(value);
    }
    return { positional, keywords, all };
  }

  /** The source text of a range, as written. */
  textOf(range: Range): string {
    return this.text.slice(this.lines.offsetAt(range.start), this.lines.offsetAt(range.end));
  }

  /** Indentation of a line when `character` is its first non-blank character, else undefined. */
  leadingIndent(line: number, character: number): string | undefined {
    const prefix = this.lines.lineText(line).slice(0, character);
    return /^\s*$/.test(prefix) ? prefix : undefined;
  }
}
