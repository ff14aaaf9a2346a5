// Small helpers over tree-sitter-python nodes: positions, named children without comments, literals.
import type { Node } from 'web-tree-sitter';
import type { Position, Range } from '../../types.js';

export function pos(point: { row: number; column: number }): Position {
  return { line: point.row, character: point.column };
}

export function rangeOf(node: Node): Range {
  return { start: pos(node.startPosition), end: pos(node.endPosition) };
}

export function namedChildren(node: Node): Node[] {
  const result: Node[] = [];
  for (let i = 0; i < node.namedChildCount; i++) {
    const child = node.namedChild(i);
    if (child && child.type !== 'comment') result.push(child);
  }
  return result;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0' };

/** The value of a plain string literal (no f-string interpolation), or undefined. */
export function pythonString(node: Node): string | undefined {
  if (node.type === 'concatenated_string') {
    let joined = '';
    for (const part of namedChildren(node)) {
      const value = pythonString(part);
      if (value === undefined) return undefined;
      joined += value;
    }
    return joined;
  }
  if (node.type !== 'string') return undefined;
  let startLength = 0;
  let endLength = 0;
  let raw = false;
  for (let i = 0; i < node.childCount; i++) {
    const child = node.child(i);
    if (!child) continue;
    if (child.type === 'interpolation') return undefined;
    if (child.type === 'string_start') {
      startLength = child.endIndex - child.startIndex;
      raw = /r/i.test(child.text);
    }
    if (child.type === 'string_end') endLength = child.endIndex - child.startIndex;
  }
  if (startLength === 0 || endLength === 0) return undefined; // unterminated: half-typed code
  const body = node.text.slice(startLength, node.text.length - endLength);
  return raw ? body : body.replace(/\\(.)/gs, (_, c: string) => ESCAPES[c] ?? `\\${c}`);
}

/** Python integer and float literals: `10_000`, `0x10`, `1e3`. */
export function pythonNumber(node: Node): number | undefined {
  if (node.type !== 'integer' && node.type !== 'float') return undefined;
  const text = node.text.replace(/_/g, '').replace(/[lLjJ]$/, '');
  const value = /^0[xob]/i.test(text) ? Number(text.toLowerCase()) : Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** `StreamExecutionEnvironment`, `ds.StreamExecutionEnvironment` or `'Foo'` of an annotation, last segment. */
export function annotationName(node: Node | null): string | undefined {
  if (!node) return undefined;
  if (node.type === 'type') return annotationName(namedChildren(node)[0] ?? null);
  if (node.type === 'identifier') return node.text;
  if (node.type === 'attribute') return node.childForFieldName('attribute')?.text;
  if (node.type === 'string') {
    const value = pythonString(node);
    return value === undefined ? undefined : value.slice(value.lastIndexOf('.') + 1);
  }
  if (node.type === 'generic_type' || node.type === 'subscript') return annotationName(node.namedChild(0));
  return undefined;
}
