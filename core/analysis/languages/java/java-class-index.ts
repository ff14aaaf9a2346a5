// First pass over a Java file: classes, their fields and methods, custom SourceFunction subclasses,
// imports, and which methods are called as same-file helpers (those are evaluated at their call
// sites with the caller's arguments instead of on their own).
import type { Node } from 'web-tree-sitter';
import type { CustomSourceClass } from '../../model.js';
import { rangeOf, typeName } from './java-nodes.js';

export const SOURCE_FUNCTION_BASES = new Set(['SourceFunction', 'RichSourceFunction', 'ParallelSourceFunction', 'RichParallelSourceFunction']);
const CHECKPOINTED_INTERFACES = new Set(['CheckpointedFunction', 'ListCheckpointed']);

export interface MethodInfo {
  name: string;
  className: string;
  node: Node;
  parameters: string[];
  /** Declared parameter types without type arguments (`DataStream`). */
  parameterTypes: (string | undefined)[];
  isConstructor: boolean;
}

export interface ClassInfo {
  name: string;
  node: Node;
  superclass?: string;
  interfaces: string[];
  fieldDeclarations: Node[];
  methods: MethodInfo[];
}

export interface ClassIndex {
  classes: Map<string, ClassInfo>;
  /** In source order, nested classes after their outer class. */
  classList: ClassInfo[];
  customSources: Map<string, CustomSourceClass>;
  /** `Class.method` keys of methods called as helpers from code in this file. */
  helperCalls: Set<string>;
  imports: { qualified: string[]; lastImportEnd?: { line: number; character: number }; packageEnd?: { line: number; character: number } };
}

const CLASS_TYPES = new Set(['class_declaration', 'enum_declaration', 'record_declaration']);

function parametersOf(method: Node): { names: string[]; types: (string | undefined)[] } {
  const params = method.childForFieldName('parameters');
  const result = { names: [] as string[], types: [] as (string | undefined)[] };
  if (!params) return result;
  for (let i = 0; i < params.namedChildCount; i++) {
    const param = params.namedChild(i);
    if (param?.type === 'formal_parameter' || param?.type === 'spread_parameter') {
      const name = param.childForFieldName('name') ?? param.namedChildren.find((c) => c?.type === 'variable_declarator')?.childForFieldName('name');
      result.names.push(name?.text ?? '');
      const type = typeName(param.childForFieldName('type'));
      result.types.push(type === undefined ? undefined : lastSegment(type));
    }
  }
  return result;
}

function interfacesOf(cls: Node): string[] {
  const result: string[] = [];
  const list = cls.childForFieldName('interfaces')?.namedChild(0);
  if (!list) return result;
  for (let i = 0; i < list.namedChildCount; i++) {
    const name = typeName(list.namedChild(i));
    if (name) result.push(lastSegment(name));
  }
  return result;
}

export function lastSegment(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? name : name.slice(dot + 1);
}

function describeSourceClass(name: string, node: Node, bases: string[], interfaces: string[], anonymous: boolean): CustomSourceClass | undefined {
  const sourceBases = [...bases, ...interfaces].filter((b) => SOURCE_FUNCTION_BASES.has(b));
  if (sourceBases.length === 0) return undefined;
  return { name, range: rangeOf(node), bases: sourceBases, checkpointed: interfaces.some((i) => CHECKPOINTED_INTERFACES.has(i)), anonymous };
}

/** An anonymous `new SourceFunction<T>() { ... }`; undefined for other anonymous classes. */
export function anonymousSourceClass(creation: Node): CustomSourceClass | undefined {
  const type = typeName(creation.childForFieldName('type'));
  if (!type) return undefined;
  return describeSourceClass(lastSegment(type), creation, [lastSegment(type)], [], true);
}

export function indexClasses(root: Node): ClassIndex {
  const index: ClassIndex = { classes: new Map(), classList: [], customSources: new Map(), helperCalls: new Set(), imports: { qualified: [] } };
  const stack: { node: Node; className?: string }[] = [{ node: root }];
  // Iterative pre-order walk; anonymous class bodies and lambdas are not scanned for helper calls.
  while (stack.length > 0) {
    const { node, className } = stack.pop()!;
    let currentClass = className;
    const type = node.type;
    if (type === 'import_declaration') {
      const name = node.namedChildren.find((c) => c?.type === 'scoped_identifier' || c?.type === 'identifier');
      if (name) index.imports.qualified.push(name.text);
      index.imports.lastImportEnd = { line: node.endPosition.row, character: node.endPosition.column };
      continue;
    }
    if (type === 'package_declaration') {
      index.imports.packageEnd = { line: node.endPosition.row, character: node.endPosition.column };
      continue;
    }
    if (CLASS_TYPES.has(type) || type === 'interface_declaration') {
      const name = node.childForFieldName('name')?.text ?? '';
      const superclass = typeName(node.childForFieldName('superclass')?.namedChild(0) ?? null);
      const info: ClassInfo = { name, node, interfaces: interfacesOf(node), fieldDeclarations: [], methods: [] };
      if (superclass) info.superclass = lastSegment(superclass);
      index.classes.set(name, info);
      index.classList.push(info);
      currentClass = name;
    } else if (type === 'field_declaration' && className) {
      index.classes.get(className)?.fieldDeclarations.push(node);
    } else if ((type === 'method_declaration' || type === 'constructor_declaration') && className) {
      const info = index.classes.get(className);
      const parameters = parametersOf(node);
      info?.methods.push({
        name: node.childForFieldName('name')?.text ?? '',
        className,
        node,
        parameters: parameters.names,
        parameterTypes: parameters.types,
        isConstructor: type === 'constructor_declaration',
      });
    } else if (type === 'method_invocation' && className) {
      const object = node.childForFieldName('object');
      const name = node.childForFieldName('name')?.text;
      if (name && (!object || object.type === 'this')) index.helperCalls.add(`${className}.${name}`);
      else if (name && object?.type === 'identifier') index.helperCalls.add(`${object.text}.${name}`);
    } else if (type === 'lambda_expression' || type === 'class_body' && node.parent?.type === 'object_creation_expression') {
      continue;
    }
    for (let i = node.childCount - 1; i >= 0; i--) {
      const child = node.child(i);
      if (child && child.childCount > 0) stack.push({ node: child, className: currentClass });
    }
  }
  resolveCustomSources(index);
  return index;
}

/** Follows `extends` chains inside the file so a subclass of a custom source is one too. */
function resolveCustomSources(index: ClassIndex): void {
  for (const cls of index.classList) {
    const bases: string[] = [];
    const interfaces = [...cls.interfaces];
    const seen = new Set<string>([cls.name]);
    let parent = cls.superclass;
    while (parent) {
      bases.push(parent);
      const parentInfo = index.classes.get(parent);
      if (!parentInfo || seen.has(parent)) break;
      seen.add(parent);
      interfaces.push(...parentInfo.interfaces);
      parent = parentInfo.superclass;
    }
    const described = describeSourceClass(cls.name, cls.node.childForFieldName('name') ?? cls.node, bases, interfaces, false);
    if (described) index.customSources.set(cls.name, described);
  }
}
