// A Java call read for the shared Flink semantics (flink-semantics/): arguments by position (Java has
// no keywords), as literals, constants, evaluated values or nested calls. Syntax only.
import type { Node } from 'web-tree-sitter';
import type { ConfigCall } from '../../model.js';
import type { Range } from '../../types.js';
import type { ArgumentReader, ArgumentValue, FlinkCall } from '../flink-semantics/argument-reader.js';
import { lastSegment } from './java-class-index.js';
import { argumentNodes, callRangeOf, configCallOf, enumName, numberValue, rangeOf, stringValue, typeName } from './java-nodes.js';
import type { Value } from './java-values.js';

const OTHER: ArgumentValue = { kind: 'other' };

/** A method invocation or `new T(...)`; `values` are the evaluated arguments, absent for nested calls. */
export class JavaCall implements FlinkCall, ArgumentReader {
  readonly languageId = 'java';
  readonly rawName: string;
  readonly name: string;
  readonly at: Range;

  constructor(private readonly node: Node, private readonly nodes: readonly Node[], private readonly evaluated?: readonly Value[]) {
    const created = node.type === 'object_creation_expression';
    this.rawName = created ? (typeName(node.childForFieldName('type')) ?? '') : (node.childForFieldName('name')?.text ?? '');
    this.name = created ? lastSegment(this.rawName) : this.rawName;
    this.at = created ? rangeOf(node) : callRangeOf(node);
  }

  get args(): ArgumentReader {
    return this;
  }

  get count(): number {
    return this.nodes.length;
  }

  configCall(): ConfigCall {
    return configCallOf(this.node);
  }

  string(index: number): string | undefined {
    const node = this.nodes[index];
    return node ? stringValue(node) : undefined;
  }

  number(index: number): number | undefined {
    return numberValue(this.nodes[index]);
  }

  enumName(index: number): string | undefined {
    const node = this.nodes[index];
    return node ? enumName(node) : undefined;
  }

  text(index: number): string | undefined {
    return this.nodes[index]?.text;
  }

  concatenation(index: number): string | undefined {
    const node = this.nodes[index];
    return node?.type === 'binary_expression' && node.text.startsWith('"') ? node.text : undefined;
  }

  option(index: number): { holder?: string; field: string } | undefined {
    const node = this.nodes[index];
    if (node?.type === 'identifier') return { field: node.text };
    if (node?.type !== 'field_access') return undefined;
    const holder = node.childForFieldName('object');
    const field = node.childForFieldName('field')?.text;
    if (!field) return undefined;
    return holder ? { holder: lastSegment(typeName(holder) ?? holder.text), field } : { field };
  }

  literalRange(index: number): Range | undefined {
    const node = this.nodes[index];
    return node?.type === 'string_literal' ? rangeOf(node) : undefined;
  }

  value(index: number): ArgumentValue | undefined {
    const value = this.evaluated?.[index];
    return value ? argumentValue(value) : undefined;
  }

  values(): ArgumentValue[] {
    return (this.evaluated ?? []).map(argumentValue);
  }

  call(index: number): FlinkCall | undefined {
    const node = this.nodes[index];
    if (node?.type !== 'method_invocation' && node?.type !== 'object_creation_expression') return undefined;
    return new JavaCall(node, argumentNodes(node));
  }
}

function argumentValue(value: Value): ArgumentValue {
  return value.kind === 'configuration' || value.kind === 'customSource' || value.kind === 'connector' ? value : OTHER;
}
