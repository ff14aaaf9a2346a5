// First pass over a Java file: classes, their fields and methods, custom SourceFunction subclasses
// and imports.
import type { Node } from 'web-tree-sitter';
import type { CustomSourceClass } from '../../model.js';
import { OverloadIndex } from '../overload-index.js';
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
  /** The same methods (constructors excluded) by name and arity: call sites look up here, not through the list. */
  methodsByName: OverloadIndex<MethodInfo>;
  /** Constructors in declaration order, and by arity (key ''). */
  constructors: MethodInfo[];
  constructorsByArity: OverloadIndex<MethodInfo>;
}

export interface ClassIndex {
  classes: Map<string, ClassInfo>;
  /** In source order, nested classes after their outer class. */
  classList: ClassInfo[];
  customSources: Map<string, CustomSourceClass>;
  imports: { qualified: string[]; lastImportEnd?: { line: number; character: number }; packageEnd?: { line: number; character: number } };
}

const CLASS_TYPES = new Set(['class_declaration', 'enum_declaration', 'record_declaration', 'interface_declaration']);

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
  const index: ClassIndex = { classes: new Map(), classList: [], customSources: new Map(), imports: { qualified: [] } };
  // A shallow walk: the program, class declarations and class bodies. Method bodies are left to the
  // evaluator, so indexing costs a few hundred node visits even for a 5,000-line file.
  for (const child of root.namedChildren) {
    if (!child) continue;
    if (child.type === 'import_declaration') {
      const name = child.namedChildren.find((c) => c?.type === 'scoped_identifier' || c?.type === 'identifier');
      if (name) index.imports.qualified.push(name.text);
      index.imports.lastImportEnd = { line: child.endPosition.row, character: child.endPosition.column };
    } else if (child.type === 'package_declaration') {
      index.imports.packageEnd = { line: child.endPosition.row, character: child.endPosition.column };
    } else if (CLASS_TYPES.has(child.type)) {
      indexClass(child, index);
    }
  }
  resolveCustomSources(index);
  return index;
}

function indexClass(node: Node, index: ClassIndex): void {
  const name = node.childForFieldName('name')?.text ?? '';
  const superclass = typeName(node.childForFieldName('superclass')?.namedChild(0) ?? null);
  const info: ClassInfo = { name, node, interfaces: interfacesOf(node), fieldDeclarations: [], methods: [], methodsByName: new OverloadIndex(), constructors: [], constructorsByArity: new OverloadIndex() };
  if (superclass) info.superclass = lastSegment(superclass);
  index.classes.set(name, info);
  index.classList.push(info);
  const body = node.childForFieldName('body');
  if (!body) return;
  for (const member of body.namedChildren) {
    if (!member) continue;
    if (member.type === 'field_declaration') {
      info.fieldDeclarations.push(member);
    } else if (member.type === 'method_declaration' || member.type === 'constructor_declaration') {
      const parameters = parametersOf(member);
      const method: MethodInfo = {
        name: member.childForFieldName('name')?.text ?? '',
        className: name,
        node: member,
        parameters: parameters.names,
        parameterTypes: parameters.types,
        isConstructor: member.type === 'constructor_declaration',
      };
      info.methods.push(method);
      if (method.isConstructor) {
        info.constructors.push(method);
        info.constructorsByArity.add('', method.parameters.length, method);
      }
      else info.methodsByName.add(method.name, method.parameters.length, method);
    } else if (CLASS_TYPES.has(member.type)) {
      indexClass(member, index);
    }
  }
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
