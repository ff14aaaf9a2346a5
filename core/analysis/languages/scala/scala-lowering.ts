// Lowers tree-sitter-scala statements and expressions into the shared lowered form. Comments,
// string contents and lambda bodies are never looked into as code.
import type { Node } from 'web-tree-sitter';
import type { Argument, Expr, Lowering, Stmt } from '../lowered/lowered-ast.js';
import { chainStep, lowerChain } from '../lowered/lowered-chain.js';
import { isComment, namedChildren, pos, rangeOf, scalaNumber, scalaString, scalaTypeName, scalaTypeNames } from './scala-nodes.js';

const DEFINITIONS = new Set([
  'function_definition', 'function_declaration', 'class_definition', 'object_definition', 'trait_definition', 'enum_definition',
  'import_declaration', 'package_clause', 'type_definition', 'given_definition', 'extension_definition', 'comment', 'block_comment',
]);
const BLOCKS = new Set(['block', 'template_body', 'compilation_unit', 'indented_block', 'indented_cases']);

export const scalaLowering: Lowering = {
  languageId: 'scala',
  memberIsCall: true,
  lastExpressionReturns: true,
  statementsOf(node: Node): Node[] {
    return BLOCKS.has(node.type) ? namedChildren(node) : [node];
  },
  lowerStatement,
  inStatementList(statement: Node): boolean {
    const parent = statement.parent?.type;
    return parent === 'block' || parent === 'template_body' || parent === 'compilation_unit' || parent === 'indented_block';
  },
  isComment,
};

function lowerStatement(node: Node): Stmt {
  if (DEFINITIONS.has(node.type)) return { kind: 'skip' };
  if (node.type === 'val_definition' || node.type === 'var_definition') {
    const pattern = node.childForFieldName('pattern');
    const value = node.childForFieldName('value');
    if (!value) return { kind: 'skip' };
    const expr = lowerExpr(value);
    if (pattern?.type !== 'identifier') return { kind: 'expr', expr };
    const declaredType = scalaTypeName(node.childForFieldName('type'));
    return { kind: 'assign', target: pattern.text, value: expr, statement: node, ...(declaredType ? { declaredType } : {}) };
  }
  if (node.type === 'return_expression') {
    const value = namedChildren(node)[0];
    return value ? { kind: 'return', expr: lowerExpr(value) } : { kind: 'return' };
  }
  return { kind: 'expr', expr: lowerExpr(node) };
}

function other(node: Node): Expr {
  const children: Expr[] = [];
  const blocks: Node[] = [];
  for (const child of namedChildren(node)) {
    if (child.type === 'block' || child.type === 'indented_block') blocks.push(child);
    else if (child.type !== 'template_body' && !DEFINITIONS.has(child.type)) children.push(lowerExpr(child));
  }
  return { kind: 'other', children, range: rangeOf(node), ...(blocks.length > 0 ? { blocks } : {}) };
}

export function lowerExpr(node: Node): Expr {
  const range = rangeOf(node);
  switch (node.type) {
    case 'identifier':
    case 'operator_identifier':
      return { kind: 'name', name: node.text, range };
    case 'field_expression':
    case 'generic_function':
    case 'call_expression':
      return lowerChain(node, chainInner, lowerChainBase, wrapLink);
    case 'instance_expression':
      return lowerInstance(node);
    case 'string': {
      const value = scalaString(node);
      return value === undefined ? { kind: 'opaque', range } : { kind: 'string', value, range };
    }
    case 'integer_literal':
    case 'floating_point_literal': {
      const value = scalaNumber(node);
      return value === undefined ? { kind: 'opaque', range } : { kind: 'number', value, range };
    }
    case 'infix_expression':
      return foldArithmetic(node);
    case 'parenthesized_expression': {
      const inner = namedChildren(node)[0];
      return inner ? lowerExpr(inner) : { kind: 'opaque', range };
    }
    case 'assignment_expression': {
      const target = assignTarget(node.childForFieldName('left'));
      const right = node.childForFieldName('right');
      if (!right) return other(node);
      return target ? { kind: 'assign', target, value: lowerExpr(right), range } : lowerExpr(right);
    }
    case 'block':
    case 'indented_block':
      return { kind: 'other', children: [], range, blocks: [node] };
    case 'lambda_expression':
    case 'interpolated_string_expression':
    case 'comment':
    case 'block_comment':
    case 'ERROR':
      return { kind: 'opaque', range };
    default:
      return other(node);
  }
}

function assignTarget(left: Node | null): string | undefined {
  if (left?.type === 'identifier') return left.text;
  if (left?.type === 'field_expression' && left.childForFieldName('value')?.text === 'this') return left.childForFieldName('field')?.text;
  return undefined;
}

const chainInner = chainStep({ calls: new Set(['call_expression', 'generic_function']), member: 'field_expression', objectField: 'value', nameField: 'field', receiver: 'this' });

function isThis(node: Node): boolean {
  return node.type === 'identifier' && node.text === 'this';
}

/** Where a chain starts; a call or field here is one that is not a link (`this.env`, broken syntax). */
function lowerChainBase(node: Node): Expr {
  if (node.type === 'call_expression' || node.type === 'generic_function') return other(node);
  if (node.type !== 'field_expression') return lowerExpr(node);
  const value = node.childForFieldName('value');
  const field = node.childForFieldName('field');
  return value && field && isThis(value) ? { kind: 'name', name: field.text, range: rangeOf(node) } : other(node);
}

/** One link around its lowered inside: `inner(args)`, `inner.name`, or `inner[T]` (types are not tracked). */
function wrapLink(link: Node, inner: Expr): Expr {
  const range = rangeOf(link);
  if (link.type === 'generic_function') return inner;
  if (link.type === 'call_expression') {
    const args = link.childForFieldName('arguments');
    return { kind: 'call', callee: inner, args: args?.type === 'arguments' ? lowerArguments(args) : [], range };
  }
  const field = link.childForFieldName('field');
  if (!field) return { kind: 'opaque', range }; // chainInner only lets fields with a name through
  const member: Expr = { kind: 'member', object: inner, name: field.text, range, nameStart: pos(field.startPosition) };
  // The `.` is a child of the link; `previousSibling` would climb from the root (quadratic on long chains).
  const dot = link.children.find((c) => c?.type === '.');
  if (dot) member.dot = pos(dot.startPosition);
  return member;
}

function lowerArguments(list: Node): Argument[] {
  return namedChildren(list).map((arg): Argument => {
    if (arg.type === 'assignment_expression') {
      const name = arg.childForFieldName('left');
      const value = arg.childForFieldName('right');
      if (name?.type === 'identifier' && value) return { keyword: name.text, expr: lowerExpr(value) };
    }
    return { expr: lowerExpr(arg) };
  });
}

function lowerInstance(node: Node): Expr {
  const range = rangeOf(node);
  let typeNode: Node | undefined;
  let args: Argument[] = [];
  let body = false;
  for (const child of namedChildren(node)) {
    if (child.type === 'arguments') args = lowerArguments(child);
    else if (child.type === 'template_body') body = true;
    else typeNode ??= child;
  }
  const typeName = scalaTypeName(typeNode);
  if (!typeName) return { kind: 'other', children: args.map((a) => a.expr), range };
  return { kind: 'new', typeName, args, range, ...(body ? { anonymousBases: scalaTypeNames(typeNode) } : {}) };
}

function foldArithmetic(node: Node): Expr {
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  const operator = node.childForFieldName('operator')?.text;
  if (!left || !right) return other(node);
  const a = lowerExpr(left);
  const b = lowerExpr(right);
  if (a.kind === 'number' && b.kind === 'number') {
    const value = operator === '*' ? a.value * b.value : operator === '+' ? a.value + b.value : operator === '-' ? a.value - b.value : undefined;
    if (value !== undefined && Number.isFinite(value)) return { kind: 'number', value, range: rangeOf(node) };
  }
  return { kind: 'other', children: [a, b], range: rangeOf(node) };
}
