// Walks Java method bodies once, in order, tracking abstract values through locals, fields,
// parameters and return values. Same-file helper methods are evaluated at their call sites with the
// caller's arguments, so `configure(env)` sees the real environment. Lambdas and anonymous class
// bodies are deferred code and are not walked; comments and string contents are never interpreted.
import type { Node } from 'web-tree-sitter';
import type { Catalog } from '../../catalog/catalog.js';
import type { LineIndex } from '../../parse/line-index.js';
import type { ModelBuilder } from '../model-builder.js';
import type { CrossFileLookup } from '../../cross-file/workspace-lookup.js';
import type { ClassIndex, ClassInfo, MethodInfo } from './java-class-index.js';
import { lastSegment } from './java-class-index.js';
import { evalCallChain, dispatchConstruction } from './java-calls.js';
import { argumentNodes, isComment, rangeOf, typeName } from './java-nodes.js';
import type { Value } from './java-values.js';
import { Scope } from './java-scope.js';
import { UNKNOWN } from './java-values.js';

export interface Frame {
  scope: Scope;
  cls: ClassInfo;
  returns: Value[];
}

/** Keeps pathological files (deep or wide helper graphs) linear. */
const MAX_INLINE_DEPTH = 8;
const MAX_INLINES_PER_FILE = 500;

export class JavaEvaluator {
  private readonly fields = new Map<string, Map<string, Value>>();
  private readonly callStack: MethodInfo[] = [];
  private inlineBudget = MAX_INLINES_PER_FILE;
  /** Each method evaluated on its own: its arguments and return value (the file's exports). */
  readonly ownResults: { method: MethodInfo; args: Value[]; returned: Value }[] = [];
  /**
   * Names that can make a statement matter: Flink and catalog types, this file's classes and
   * methods, and every variable or field that ever held a known value. A statement mentioning none
   * of them cannot change the model, so it is skipped without walking its nodes (speed only: what
   * the model says still comes from the syntax tree).
   */
  private readonly relevantNames: Set<string>;

  constructor(
    readonly index: ClassIndex,
    readonly builder: ModelBuilder,
    readonly catalog: Catalog,
    readonly lines: LineIndex,
    private readonly text: string,
    /** Other files of the workspace; unresolved names stay unknown without it. */
    readonly workspace?: CrossFileLookup,
  ) {
    this.relevantNames = new Set([...STATIC_RELEVANT, ...catalog.classNames('java')]);
    for (const cls of index.classList) {
      this.relevantNames.add(cls.name);
      for (const method of cls.methods) this.relevantNames.add(method.name);
    }
  }

  run(): void {
    for (const cls of this.index.classList) this.initFields(cls);
    for (const cls of this.index.classList) {
      // Constructors first: they assign the fields that the other methods use. Every method is also
      // evaluated on its own (parameters known only by their declared types); helpers are evaluated
      // again at their call sites, and the model builder merges what both evaluations find.
      const ordered = [...cls.constructors, ...cls.methods.filter((m) => !m.isConstructor)];
      for (const method of ordered) {
        const params = method.node.childForFieldName('parameters')?.namedChildren ?? [];
        const args = method.parameterTypes.map((type, i) => this.valueOfDeclaredType(type, params[i] ?? method.node));
        this.ownResults.push({ method, args, returned: this.evaluateMethod(method, args) });
      }
    }
  }

  /**
   * What a value of a declared type that we cannot follow is: a stream from elsewhere (no known
   * sources) or an environment created elsewhere; anything else stays unknown.
   */
  private valueOfDeclaredType(type: string | undefined, at: Node): Value {
    if (type === undefined) return UNKNOWN;
    if (STREAM_TYPES.has(type)) return { kind: 'stream', stream: { sourceIds: [] } };
    if (type === 'StreamExecutionEnvironment') return { kind: 'env', env: this.builder.externalEnvironment(rangeOf(at), type) };
    return UNKNOWN;
  }

  private newScope(): Scope {
    return new Scope(this.relevantNames);
  }

  /** Whether a statement mentions any relevant name (identifier-shaped words of its text). */
  private isRelevant(node: Node): boolean {
    const text = this.text.slice(node.startIndex, node.endIndex);
    IDENTIFIER.lastIndex = 0;
    for (let match = IDENTIFIER.exec(text); match; match = IDENTIFIER.exec(text)) {
      if (this.relevantNames.has(match[0]) || this.workspace?.declares(match[0])) return true;
    }
    return false;
  }

  private initFields(cls: ClassInfo): void {
    const frame: Frame = { scope: this.newScope(), cls, returns: [] };
    const fields = this.fieldsOf(cls.name);
    for (const declaration of cls.fieldDeclarations) {
      if (!this.isRelevant(declaration)) continue;
      for (const declarator of declarators(declaration)) {
        const name = declarator.childForFieldName('name')?.text;
        const valueNode = declarator.childForFieldName('value');
        if (!name) continue;
        const value = valueNode ? this.evalExpr(valueNode, frame) : UNKNOWN;
        if (value.kind === 'env' && value.env.variable === undefined) value.env.variable = name;
        if (value.kind !== 'unknown') this.relevantNames.add(name);
        fields.set(name, value);
      }
    }
  }

  private fieldsOf(className: string): Map<string, Value> {
    let fields = this.fields.get(className);
    if (!fields) {
      fields = new Map();
      this.fields.set(className, fields);
    }
    return fields;
  }

  evaluateMethod(method: MethodInfo, args: Value[]): Value {
    const body = method.node.childForFieldName('body');
    const cls = this.index.classes.get(method.className);
    if (!body || !cls) return UNKNOWN;
    const scope = this.newScope();
    method.parameters.forEach((name, i) => scope.declare(name, args[i] ?? UNKNOWN));
    const frame: Frame = { scope, cls, returns: [] };
    this.callStack.push(method);
    try {
      this.visitStatement(body, frame);
    } finally {
      this.callStack.pop();
    }
    return [...frame.returns].reverse().find((v) => v.kind !== 'unknown') ?? UNKNOWN;
  }

  /**
   * Runs a same-file constructor with the arguments of `new ClassName(args)`, so sources, sinks and
   * environments injected into fields are known to the methods later called on the instance.
   */
  inlineConstructor(className: string, args: Value[]): boolean {
    const cls = this.index.classes.get(className);
    const constructor = cls?.constructorsByArity.exact('', args.length);
    if (!constructor || args.every((a) => a.kind === 'unknown')) return cls !== undefined;
    if (this.callStack.includes(constructor) || this.callStack.length >= MAX_INLINE_DEPTH || this.inlineBudget <= 0) return true;
    this.inlineBudget--;
    this.evaluateMethod(constructor, args);
    return true;
  }

  /** Evaluates a same-file helper for `name(args)` called from `frame`, or returns undefined. */
  inlineHelper(className: string, name: string, args: Value[]): Value | undefined {
    const cls = this.index.classes.get(className);
    if (!cls) return undefined;
    const method = cls.methodsByName.find(name, args.length);
    if (!method) return undefined;
    if (this.callStack.includes(method) || this.callStack.length >= MAX_INLINE_DEPTH || this.inlineBudget <= 0) return UNKNOWN;
    this.inlineBudget--;
    return this.evaluateMethod(method, args);
  }

  lookupName(name: string, frame: Frame): Value {
    const local = frame.scope.lookup(name);
    if (local) return local;
    const field = this.lookupField(name, frame.cls);
    if (field) return field;
    return /^[A-Z]/.test(name) ? { kind: 'type', name } : UNKNOWN;
  }

  private lookupField(name: string, cls: ClassInfo): Value | undefined {
    const own = this.fields.get(cls.name)?.get(name);
    if (own) return own;
    // Fields of enclosing classes are visible in nested classes.
    for (let node = cls.node.parent; node; node = node.parent) {
      if (node.type === 'class_declaration') {
        const outer = node.childForFieldName('name')?.text;
        const value = outer ? this.fields.get(outer)?.get(name) : undefined;
        if (value) return value;
      }
    }
    return undefined;
  }

  private assignName(name: string, value: Value, frame: Frame, thisField: boolean): void {
    if (!thisField && frame.scope.assign(name, value)) return;
    if (value.kind !== 'unknown') this.relevantNames.add(name);
    this.fieldsOf(frame.cls.name).set(name, value);
  }

  visitStatement(node: Node, frame: Frame): void {
    const type = node.type;
    if (type !== 'block' && type !== 'constructor_body' && !this.isRelevant(node)) return;
    switch (type) {
      case 'block':
      case 'constructor_body': {
        const inner: Frame = { ...frame, scope: frame.scope.child() };
        for (let i = 0; i < node.namedChildCount; i++) {
          const child = node.namedChild(i);
          if (child) this.visitStatement(child, inner);
        }
        return;
      }
      case 'local_variable_declaration':
        for (const declarator of declarators(node)) {
          const name = declarator.childForFieldName('name')?.text;
          const valueNode = declarator.childForFieldName('value');
          const evaluated = valueNode ? this.evalExpr(valueNode, frame) : UNKNOWN;
          const value = evaluated.kind === 'unknown' ? this.valueOfDeclaredType(lastSegmentOf(typeName(node.childForFieldName('type'))), declarator) : evaluated;
          if (name) {
            frame.scope.declare(name, value);
            this.noteEnvironmentHolder(value, name, node);
          }
        }
        return;
      case 'expression_statement': {
        const expression = node.namedChild(0);
        if (!expression) return;
        const value = this.evalExpr(expression, frame);
        if (expression.type === 'assignment_expression') {
          const left = expression.childForFieldName('left');
          if (left && (left.type === 'identifier' || left.type === 'field_access')) this.noteEnvironmentHolder(value, left.text, node);
        }
        return;
      }
      case 'return_statement': {
        const expression = node.namedChild(0);
        if (expression && !isComment(expression)) frame.returns.push(this.evalExpr(expression, frame));
        return;
      }
      case 'class_declaration':
      case 'local_class_declaration':
      case 'interface_declaration':
      case 'line_comment':
      case 'block_comment':
        return;
      default:
        for (let i = 0; i < node.namedChildCount; i++) {
          const child = node.namedChild(i);
          if (!child) continue;
          if (isStatement(child)) this.visitStatement(child, frame);
          else this.evalExpr(child, frame);
        }
    }
  }

  /** Remembers the name holding a freshly created environment and where a statement can follow. */
  private noteEnvironmentHolder(value: Value, name: string, statement: Node): void {
    if (value.kind !== 'env' || value.env.insertion) return;
    const env = value.env;
    const creation = env.creation.start;
    const inside =
      (creation.line > statement.startPosition.row || (creation.line === statement.startPosition.row && creation.character >= statement.startPosition.column)) &&
      (creation.line < statement.endPosition.row || (creation.line === statement.endPosition.row && creation.character <= statement.endPosition.column));
    if (!inside) return;
    env.variable = name;
    const parentType = statement.parent?.type;
    if (parentType !== 'block' && parentType !== 'constructor_body' && parentType !== 'switch_block_statement_group') return;
    const endLine = statement.endPosition.row;
    const startLineText = this.lines.lineText(statement.startPosition.row);
    env.insertion = {
      position: { line: endLine, character: this.lines.lineText(endLine).length },
      indent: /^\s*/.exec(startLineText)?.[0] ?? '',
      receiver: name,
    };
  }

  evalExpr(node: Node, frame: Frame): Value {
    switch (node.type) {
      case 'identifier':
        return this.lookupName(node.text, frame);
      case 'field_access': {
        const object = node.childForFieldName('object');
        const field = node.childForFieldName('field')?.text;
        if (object?.type === 'this' && field) return this.lookupField(field, frame.cls) ?? UNKNOWN;
        if (object && field && (object.type === 'identifier' || object.type === 'field_access')) {
          const base = this.evalExpr(object, frame);
          if (base.kind === 'type') return { kind: 'type', name: `${base.name}.${field}` };
        }
        return UNKNOWN;
      }
      case 'method_invocation':
        return evalCallChain(this, node, frame);
      case 'object_creation_expression':
        return dispatchConstruction(this, node, frame);
      case 'assignment_expression': {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        const value = right ? this.evalExpr(right, frame) : UNKNOWN;
        const operator = node.childForFieldName('operator')?.type;
        if (left && operator === '=') {
          if (left.type === 'identifier') this.assignName(left.text, value, frame, false);
          else if (left.type === 'field_access' && left.childForFieldName('object')?.type === 'this') {
            const field = left.childForFieldName('field')?.text;
            if (field) this.assignName(field, value, frame, true);
          }
        }
        return value;
      }
      case 'parenthesized_expression':
        return this.evalFirstNamed(node, frame);
      case 'cast_expression': {
        const value = node.childForFieldName('value');
        return value ? this.evalExpr(value, frame) : UNKNOWN;
      }
      case 'ternary_expression': {
        const condition = node.childForFieldName('condition');
        if (condition) this.evalExpr(condition, frame);
        const consequence = node.childForFieldName('consequence');
        const alternative = node.childForFieldName('alternative');
        const a = consequence ? this.evalExpr(consequence, frame) : UNKNOWN;
        const b = alternative ? this.evalExpr(alternative, frame) : UNKNOWN;
        // `local ? createLocalEnvironment() : getExecutionEnvironment()`: one job, whichever branch runs.
        if (a.kind === 'env' && b.kind === 'env') this.builder.sameEnvironment(a.env, b.env);
        return a.kind !== 'unknown' ? a : b;
      }
      case 'lambda_expression':
      case 'string_literal':
      case 'text_block':
      case 'line_comment':
      case 'block_comment':
        return UNKNOWN;
      default:
        // Expressions we do not model still may contain calls that matter: visit them.
        for (let i = 0; i < node.namedChildCount; i++) {
          const child = node.namedChild(i);
          if (child) this.evalExpr(child, frame);
        }
        return UNKNOWN;
    }
  }

  private evalFirstNamed(node: Node, frame: Frame): Value {
    for (let i = 0; i < node.namedChildCount; i++) {
      const child = node.namedChild(i);
      if (child && !isComment(child)) return this.evalExpr(child, frame);
    }
    return UNKNOWN;
  }

  evalArguments(invocation: Node, frame: Frame): { nodes: Node[]; values: Value[] } {
    const nodes = argumentNodes(invocation);
    return { nodes, values: nodes.map((n) => this.evalExpr(n, frame)) };
  }

  /** Indentation of a line when `position` is its first non-blank character, else undefined. */
  leadingIndent(line: number, character: number): string | undefined {
    const prefix = this.lines.lineText(line).slice(0, character);
    return /^\s*$/.test(prefix) ? prefix : undefined;
  }

  rangeOf(node: Node) {
    return rangeOf(node);
  }
}

const IDENTIFIER = /[A-Za-z_$][\w$]*/g;

/** Names that matter wherever they appear; catalog class names and file members are added per file. */
const STATIC_RELEVANT = [
  'StreamExecutionEnvironment', 'ExecutionEnvironment', 'Configuration',
  'DataStream', 'DataStreamSource', 'SingleOutputStreamOperator', 'KeyedStream', 'WindowedStream', 'AllWindowedStream', 'ConnectedStreams', 'BroadcastStream',
  'SourceFunction', 'RichSourceFunction', 'ParallelSourceFunction', 'RichParallelSourceFunction',
];

/** Stream types: a value of one of these may come from somewhere we cannot see (another file, a caller). */
const STREAM_TYPES = new Set([
  'DataStream', 'DataStreamSource', 'SingleOutputStreamOperator', 'KeyedStream', 'WindowedStream', 'AllWindowedStream', 'ConnectedStreams', 'BroadcastStream',
]);

function lastSegmentOf(name: string | undefined): string | undefined {
  return name === undefined ? undefined : lastSegment(name);
}

function declarators(declaration: Node): Node[] {
  const result: Node[] = [];
  for (let i = 0; i < declaration.namedChildCount; i++) {
    const child = declaration.namedChild(i);
    if (child?.type === 'variable_declarator') result.push(child);
  }
  return result;
}

function isStatement(node: Node): boolean {
  const type = node.type;
  return type.endsWith('_statement') || type === 'block' || type === 'local_variable_declaration' || type === 'switch_block' || type === 'switch_block_statement_group' || type === 'catch_clause' || type === 'finally_clause';
}
