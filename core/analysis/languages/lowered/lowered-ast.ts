// A small lowered form of Python and Scala code: just enough structure (names, member access, calls,
// literals, assignments, nested blocks) for one shared evaluator to find Flink jobs in both. Each
// front end lowers one statement at a time, only when the statement mentions a relevant name, so
// big files are never turned into JS objects node by node.
import type { Node } from 'web-tree-sitter';
import type { CustomSourceClass } from '../../model.js';
import type { LanguageId, Position, Range } from '../../types.js';

export interface Argument {
  /** Python keyword arguments (`semantic=Semantic.EXACTLY_ONCE`). */
  keyword?: string;
  expr: Expr;
}

export type Expr =
  | { kind: 'name'; name: string; range: Range }
  | {
      kind: 'member';
      object: Expr;
      name: string;
      range: Range;
      /** From the member name to the end of the expression, e.g. `build()` of `b.build()`. */
      nameStart: Position;
      /** Where the `.` is, for inserting chained calls before it. */
      dot?: Position;
      /** The chain continues with a backslash line continuation: inserted calls stay on one line. */
      continuedLine?: boolean;
    }
  | { kind: 'call'; callee: Expr; args: Argument[]; range: Range }
  /** Scala `new T(args)`, with the class body of an anonymous subclass when there is one. */
  | { kind: 'new'; typeName: string; args: Argument[]; range: Range; anonymousBases?: string[] }
  | { kind: 'string'; value: string; range: Range }
  | { kind: 'number'; value: number; range: Range }
  /** `name = value` inside an expression (Scala assignment, Python walrus). */
  | { kind: 'assign'; target: string; value: Expr; range: Range }
  /** Anything else: its sub-expressions are evaluated for their effects, the value is unknown. */
  | { kind: 'other'; children: Expr[]; range: Range; blocks?: Node[]; /** A conditional: the value is one of these. */ choices?: Expr[] }
  /** Deferred or irrelevant code (lambdas, comments): never evaluated. */
  | { kind: 'opaque'; range: Range };

export type Stmt =
  | {
      kind: 'assign';
      /** `env`, or `self.env` / `this.env` for attributes of the enclosing object. */
      target: string;
      value: Expr;
      /** Declared type name, e.g. `env: StreamExecutionEnvironment = ...`. */
      declaredType?: string;
      /** The whole statement, for the FLINK001 insertion point. */
      statement: Node;
    }
  | { kind: 'expr'; expr: Expr }
  | { kind: 'return'; expr?: Expr }
  /** A compound statement: its conditions are evaluated, then its blocks in order. */
  | { kind: 'compound'; exprs: Expr[]; blocks: Node[] }
  | { kind: 'skip' };

export interface ParamInfo {
  name: string;
  type?: string;
  range: Range;
}

export interface FunctionInfo {
  name: string;
  /** Name of the enclosing class or object; '' for module-level functions. */
  container: string;
  params: ParamInfo[];
  /** The body: a block of statements, or (Scala) a single expression. */
  body: Node;
}

export interface ContainerInfo {
  /** Class or object name; '' for the module (Python) or the top level of a Scala file. */
  name: string;
  /** Statements run when the container is initialised (module code, object bodies). */
  statements: Node[];
}

/** What a front end finds in a file before evaluating anything. */
export interface ProgramIndex {
  containers: ContainerInfo[];
  functions: FunctionInfo[];
  customSources: Map<string, CustomSourceClass>;
  /** Import aliases of classes: `SEE` → `StreamExecutionEnvironment`. */
  typeAliases: Map<string, string>;
  /** Names bound to modules or packages (`ds` of `import pyflink.datastream as ds`). */
  modules: Set<string>;
  /** Python `from flink_setup import create_env [as alias]`: alias → module (last segment) and name, for the workspace index. */
  importedNames?: Map<string, { module: string; name: string }>;
}

/** The syntax-specific half of a front end. */
export interface Lowering {
  readonly languageId: LanguageId;
  /** Scala calls parameterless methods without parentheses (`env.getCheckpointConfig`). */
  readonly memberIsCall: boolean;
  /** Scala: a block's value is its last expression. */
  readonly lastExpressionReturns: boolean;
  /** The statements of a block-like node (a single expression counts as one statement). */
  statementsOf(node: Node): Node[];
  lowerStatement(node: Node): Stmt;
  /** Whether a statement sits directly in a block, where another statement can follow it. */
  inStatementList(statement: Node): boolean;
  isComment(node: Node): boolean;
}
