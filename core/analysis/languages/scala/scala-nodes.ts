// Small helpers over tree-sitter-scala nodes: positions, named children without comments, literals, types.
import type { Node } from 'web-tree-sitter';
import type { Position, Range } from '../../types.js';

export function pos(point: { row: number; column: number }): Position {
  return { line: point.row, character: point.column };
}

export function rangeOf(node: Node): Range {
  return { start: pos(node.startPosition), end: pos(node.endPosition) };
}

export function isComment(node: Node): boolean {
  return node.type === 'comment' || node.type === 'block_comment';
}

export function namedChildren(node: Node): Node[] {
  const result: Node[] = [];
  for (let i = 0; i < node.namedChildCount; i++) {
    const child = node.namedChild(i);
    if (child && !isComment(child)) result.push(child);
  }
  return result;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0' };

/** The value of a plain (not interpolated) string literal, or undefined. */
export function scalaString(node: Node): string | undefined {
  if (node.type !== 'string') return undefined;
  const text = node.text;
  if (text.startsWith('"""')) return text.length >= 6 && text.endsWith('"""') ? text.slice(3, -3) : undefined;
  if (text.length < 2 || !text.startsWith('"') || !text.endsWith('"')) return undefined; // unterminated
  return text.slice(1, -1).replace(/\\(.)/gs, (_, c: string) => ESCAPES[c] ?? `\\${c}`);
}

/** `10000`, `10_000L`, `0x10`. */
export function scalaNumber(node: Node): number | undefined {
  if (node.type !== 'integer_literal' && node.type !== 'floating_point_literal') return undefined;
  const text = node.text.replace(/_/g, '').replace(/[lLfFdD]$/, '');
  const value = Number(text.toLowerCase());
  return Number.isFinite(value) ? value : undefined;
}

/** Simple or dotted type name without type arguments: `SourceFunction[String]` → `SourceFunction`. */
export function scalaTypeName(node: Node | null | undefined): string | undefined {
  if (!node) return undefined;
  switch (node.type) {
    case 'type_identifier':
    case 'identifier':
      return node.text;
    case 'generic_type':
      return scalaTypeName(node.childForFieldName('type') ?? node.namedChild(0));
    case 'stable_type_identifier':
      return namedChildren(node).map((c) => c.text).join('.');
    case 'compound_type':
      return scalaTypeName(node.childForFieldName('base') ?? node.namedChild(0));
    default:
      return undefined;
  }
}

/** Every type a class or `new` expression names: `A[T] with B with C` → `A`, `B`, `C`. */
export function scalaTypeNames(node: Node | null | undefined): string[] {
  if (!node) return [];
  if (node.type === 'compound_type' || node.type === 'extends_clause') {
    return namedChildren(node).flatMap((c) => (c.type === 'arguments' ? [] : scalaTypeNames(c)));
  }
  const name = scalaTypeName(node);
  return name ? [name] : [];
}
