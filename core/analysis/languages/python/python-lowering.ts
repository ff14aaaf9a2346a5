// Lowers tree-sitter-python statements and expressions into the shared lowered form. Comments,
// string contents and lambda bodies are never looked into as code.
import type { Node } from 'web-tree-sitter';
import type { Argument, Expr, Lowering, Stmt } from '../lowered/lowered-ast.js';
import { chainStep, lowerChain } from '../lowered/lowered-chain.js';
import { annotationName, namedChildren, pos, pythonNumber, pythonString, rangeOf } from './python-nodes.js';

const DEFINITIONS = new Set([
  'function_definition', 'class_definition', 'decorated_definition', 'import_statement', 'import_from_statement',
  'future_import_statement', 'global_statement', 'nonlocal_statement', 'pass_statement', 'break_statement', 'continue_statement', 'comment',
]);

export const pythonLowering: Lowering = {
  languageId: 'python',
  memberIsCall: false,
  lastExpressionReturns: false,
  statementsOf(node: Node): Node[] {
    return node.type === 'block' || node.type === 'module' ? namedChildren(node) : [node];
  },
  lowerStatement,
  inStatementList(statement: Node): boolean {
    const parent = statement.parent?.type;
    return parent === 'block' || parent === 'module';
  },
  isComment: (node) => node.type === 'comment',
};

function lowerStatement(node: Node): Stmt {
  if (DEFINITIONS.has(node.type)) return { kind: 'skip' };
  switch (node.type) {
    case 'expression_statement': {
      const children = namedChildren(node);
      const only = children.length === 1 ? children[0]! : undefined;
      if (only?.type === 'assignment') return lowerAssignment(only, node);
      return { kind: 'expr', expr: only ? lowerExpr(only) : other(node, children) };
    }
    case 'return_statement': {
      const value = namedChildren(node)[0];
      return value ? { kind: 'return', expr: lowerExpr(value) } : { kind: 'return' };
    }
    default:
      return compound(node);
  }
}

/** `if`/`for`/`while`/`with`/`try`/`match`: conditions and headers, then every body. */
function compound(node: Node): Stmt {
  const exprs: Expr[] = [];
  const blocks: Node[] = [];
  const collect = (parent: Node) => {
    for (const child of namedChildren(parent)) {
      if (child.type === 'block') blocks.push(child);
      else if (child.type.endsWith('_clause') || child.type === 'with_item') collect(child);
      else if (child.type !== 'pattern_list' && child.type !== 'case_pattern') exprs.push(lowerExpr(child));
    }
  };
  collect(node);
  return { kind: 'compound', exprs, blocks };
}

function assignTarget(left: Node | null): string | undefined {
  if (left?.type === 'identifier') return left.text;
  if (left?.type === 'attribute' && left.childForFieldName('object')?.type === 'identifier' && left.childForFieldName('object')?.text === 'self') {
    const attribute = left.childForFieldName('attribute');
    return attribute ? `self.${attribute.text}` : undefined;
  }
  return undefined;
}

function lowerAssignment(assignment: Node, statement: Node): Stmt {
  let right = assignment.childForFieldName('right');
  // `a = b = value`: the value is the innermost right-hand side.
  while (right?.type === 'assignment') right = right.childForFieldName('right');
  if (!right) return { kind: 'skip' };
  const value = lowerExpr(right);
  const target = assignTarget(assignment.childForFieldName('left'));
  if (!target) return { kind: 'expr', expr: value };
  const declaredType = annotationName(assignment.childForFieldName('type'));
  return { kind: 'assign', target, value, statement, ...(declaredType ? { declaredType } : {}) };
}

function other(node: Node, children: Node[] = namedChildren(node)): Expr {
  return { kind: 'other', children: children.map(lowerExpr), range: rangeOf(node) };
}

export function lowerExpr(node: Node): Expr {
  const range = rangeOf(node);
  switch (node.type) {
    case 'identifier':
      return { kind: 'name', name: node.text, range };
    case 'attribute':
    case 'call':
      return lowerChain(node, chainInner, lowerChainBase, wrapLink);
    case 'string':
    case 'concatenated_string': {
      const value = pythonString(node);
      return value === undefined ? other(node, namedChildren(node).filter((c) => c.type === 'interpolation')) : { kind: 'string', value, range };
    }
    case 'integer':
    case 'float': {
      const value = pythonNumber(node);
      return value === undefined ? { kind: 'opaque', range } : { kind: 'number', value, range };
    }
    case 'conditional_expression': {
      // `a if condition else b`: the value is one of the branches.
      const [a, condition, b] = namedChildren(node);
      if (!a || !condition || !b) return other(node);
      return { kind: 'other', children: [lowerExpr(condition)], choices: [lowerExpr(a), lowerExpr(b)], range: rangeOf(node) };
    }
    case 'binary_operator':
      return foldArithmetic(node);
    case 'parenthesized_expression': {
      const inner = namedChildren(node)[0];
      return inner ? lowerExpr(inner) : { kind: 'opaque', range };
    }
    case 'named_expression': {
      const name = node.childForFieldName('name');
      const value = node.childForFieldName('value');
      return name && value ? { kind: 'assign', target: name.text, value: lowerExpr(value), range } : other(node);
    }
    case 'interpolation': {
      const expression = node.childForFieldName('expression');
      return expression ? lowerExpr(expression) : { kind: 'opaque', range };
    }
    case 'lambda':
    case 'comment':
    case 'ERROR':
      return { kind: 'opaque', range };
    default:
      return other(node);
  }
}

const chainInner = chainStep({ calls: new Set(['call']), member: 'attribute', objectField: 'object', nameField: 'attribute', receiver: 'self' });

function isSelf(node: Node): boolean {
  return node.type === 'identifier' && node.text === 'self';
}

/** Where a chain starts; a call or attribute here is one that is not a link (`self.env`, broken syntax). */
function lowerChainBase(node: Node): Expr {
  if (node.type === 'call') return other(node);
  if (node.type !== 'attribute') return lowerExpr(node);
  const object = node.childForFieldName('object');
  const attribute = node.childForFieldName('attribute');
  return object && attribute && isSelf(object) ? { kind: 'name', name: `self.${attribute.text}`, range: rangeOf(node) } : other(node);
}

/** One link around its lowered inside: `inner(args)` or `inner.name`. */
function wrapLink(link: Node, inner: Expr): Expr {
  const range = rangeOf(link);
  if (link.type === 'call') {
    const args = link.childForFieldName('arguments');
    return { kind: 'call', callee: inner, args: args?.type === 'argument_list' ? lowerArguments(args) : [], range };
  }
  const attribute = link.childForFieldName('attribute');
  if (!attribute) return { kind: 'opaque', range }; // chainInner only lets attributes with a name through
  const member: Expr = { kind: 'member', object: inner, name: attribute.text, range, nameStart: pos(attribute.startPosition) };
  // The `.` and a `\` before it are children of the link itself; `previousSibling` would climb
  // from the root to find the parent (one step per enclosing link: quadratic on long chains).
  const children = link.children;
  const at = children.findIndex((c) => c?.type === '.');
  const dot = at >= 0 ? children[at] : undefined;
  if (dot) {
    member.dot = pos(dot.startPosition);
    if (children[at - 1]?.type === 'line_continuation') member.continuedLine = true;
  }
  return member;
}

function lowerArguments(list: Node): Argument[] {
  return namedChildren(list).map((arg): Argument => {
    if (arg.type === 'keyword_argument') {
      const name = arg.childForFieldName('name');
      const value = arg.childForFieldName('value');
      return value ? { ...(name ? { keyword: name.text } : {}), expr: lowerExpr(value) } : { expr: other(arg) };
    }
    return { expr: lowerExpr(arg) };
  });
}

function foldArithmetic(node: Node): Expr {
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  const operator = node.childForFieldName('operator')?.type;
  if (!left || !right) return other(node);
  const a = lowerExpr(left);
  const b = lowerExpr(right);
  if (a.kind === 'number' && b.kind === 'number') {
    const value = operator === '*' ? a.value * b.value : operator === '+' ? a.value + b.value : operator === '-' ? a.value - b.value
      : operator === '//' && b.value !== 0 ? Math.floor(a.value / b.value) : operator === '**' ? a.value ** b.value : undefined;
    if (value !== undefined && Number.isFinite(value)) return { kind: 'number', value, range: rangeOf(node) };
  }
  return { kind: 'other', children: [a, b], range: rangeOf(node) };
}
