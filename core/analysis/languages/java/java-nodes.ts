// Small helpers over tree-sitter-java nodes: ranges, call names, literals. Reading `.text` is
// limited to leaves (identifiers, literals) so big nodes are never materialised as strings.
import type { Node } from 'web-tree-sitter';
import type { ArgumentInfo, ConfigCall } from '../../model.js';
import type { Position, Range } from '../../types.js';
import { localEnumChoices } from './java-local-choices.js';

export function pos(point: { row: number; column: number }): Position {
  return { line: point.row, character: point.column };
}

export function rangeOf(node: Node): Range {
  return { start: pos(node.startPosition), end: pos(node.endPosition) };
}

/** `name(args)` of a method invocation, without the receiver chain in front of it. */
export function callRangeOf(invocation: Node): Range {
  const name = invocation.childForFieldName('name');
  return { start: pos((name ?? invocation).startPosition), end: pos(invocation.endPosition) };
}

/** The `.` before the method name of an invocation, if it has a receiver. */
export function dotPositionOf(invocation: Node): Position | undefined {
  const name = invocation.childForFieldName('name');
  const dot = name?.previousSibling;
  // Explicit type arguments sit between the dot and the name: `KafkaSink.<String>builder()`.
  const candidate = dot?.type === 'type_arguments' ? dot.previousSibling : dot;
  return candidate && candidate.type === '.' ? pos(candidate.startPosition) : undefined;
}

export function argumentNodes(invocation: Node): Node[] {
  const args = invocation.childForFieldName('arguments');
  if (!args) return [];
  const result: Node[] = [];
  for (let i = 0; i < args.namedChildCount; i++) {
    const child = args.namedChild(i);
    if (child && !isComment(child)) result.push(child);
  }
  return result;
}

export function isComment(node: Node): boolean {
  return node.type === 'line_comment' || node.type === 'block_comment';
}

const ENUM_LIKE = /^[A-Z][A-Z0-9_]*$/;

/** `DeliveryGuarantee.EXACTLY_ONCE` → `EXACTLY_ONCE`; a statically imported `EXACTLY_ONCE` too. */
export function enumName(node: Node): string | undefined {
  if (node.type === 'field_access') {
    const field = node.childForFieldName('field');
    return field && ENUM_LIKE.test(field.text) ? field.text : undefined;
  }
  if (node.type === 'identifier') return ENUM_LIKE.test(node.text) ? node.text : undefined;
  return undefined;
}

/** The value of a string literal without escapes beyond the common ones, or undefined. */
export function stringValue(node: Node): string | undefined {
  if (node.type !== 'string_literal') return undefined;
  let value = '';
  for (let i = 0; i < node.namedChildCount; i++) {
    const part = node.namedChild(i);
    if (!part) continue;
    if (part.type === 'string_fragment') value += part.text;
    else if (part.type === 'escape_sequence') value += part.text.slice(1);
    else return undefined; // text blocks with interpolation-like parts: not a plain constant
  }
  return value;
}

export function argumentInfo(node: Node): ArgumentInfo {
  const info: ArgumentInfo = { range: rangeOf(node) };
  const name = enumName(node);
  if (name) info.enumName = name;
  const text = stringValue(node);
  if (text !== undefined) info.stringValue = text;
  const choices = name ? undefined : localEnumChoices(node);
  if (choices) {
    info.enumChoices = choices;
    info.variable = node.text;
  }
  return info;
}

/** A ConfigCall for a method invocation or constructor call on a connector. */
export function configCallOf(node: Node): ConfigCall {
  const isNew = node.type === 'object_creation_expression';
  const args = argumentNodes(node).map(argumentInfo);
  const call: ConfigCall = {
    method: isNew ? 'new' : (node.childForFieldName('name')?.text ?? ''),
    range: isNew ? rangeOf(node) : callRangeOf(node),
    enumArgs: args.flatMap((a) => (a.enumName ? [a.enumName] : [])),
    args,
  };
  const dot = isNew ? undefined : dotPositionOf(node);
  if (dot) call.dotPosition = dot;
  return call;
}

/** Simple or dotted type name without type arguments: `Foo<X>` → `Foo`, `A.B<X>` → `A.B`. */
export function typeName(node: Node | null): string | undefined {
  if (!node) return undefined;
  switch (node.type) {
    case 'type_identifier':
    case 'identifier':
      return node.text;
    case 'generic_type':
      return typeName(node.namedChild(0));
    case 'scoped_type_identifier': {
      const parts: string[] = [];
      for (let i = 0; i < node.namedChildCount; i++) {
        const part = typeName(node.namedChild(i));
        if (part) parts.push(part);
      }
      return parts.join('.');
    }
    default:
      return undefined;
  }
}

/** Numeric value of an integer literal or a product/sum of them (`10 * 1000L`, `10_000`). */
export function numberValue(node: Node | null | undefined): number | undefined {
  if (!node) return undefined;
  switch (node.type) {
    case 'decimal_integer_literal': {
      const value = Number(node.text.replace(/[_lL]/g, ''));
      return Number.isFinite(value) ? value : undefined;
    }
    case 'parenthesized_expression':
      return numberValue(node.namedChild(0));
    case 'binary_expression': {
      const left = numberValue(node.childForFieldName('left'));
      const right = numberValue(node.childForFieldName('right'));
      const op = node.childForFieldName('operator')?.type;
      if (left === undefined || right === undefined) return undefined;
      if (op === '*') return left * right;
      if (op === '+') return left + right;
      if (op === '-') return left - right;
      return undefined;
    }
    default:
      return undefined;
  }
}
