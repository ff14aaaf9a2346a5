// A shallow index of a Scala file: objects, classes and traits (their bodies and methods), custom
// SourceFunction classes, top-level code (scripts), and what the imports bind.
import type { Node } from 'web-tree-sitter';
import type { CustomSourceClass } from '../../model.js';
import type { Position } from '../../types.js';
import type { FunctionInfo, ParamInfo, ProgramIndex } from '../lowered/lowered-ast.js';
import { namedChildren, pos, rangeOf, scalaTypeName, scalaTypeNames } from './scala-nodes.js';

export interface ScalaImports {
  /** Imported paths: `a.b.C`, `a.b._` for wildcards, one entry per selector. */
  paths: Set<string>;
  lastImportEnd?: Position;
  packageEnd?: Position;
}

export interface ScalaIndex {
  program: ProgramIndex;
  imports: ScalaImports;
}

const SOURCE_BASES = new Set(['SourceFunction', 'RichSourceFunction', 'ParallelSourceFunction', 'RichParallelSourceFunction']);
const CHECKPOINTED = new Set(['CheckpointedFunction', 'ListCheckpointed']);
const CONTAINERS = new Set(['object_definition', 'class_definition', 'trait_definition']);

function parametersOf(fn: Node): ParamInfo[] {
  const params: ParamInfo[] = [];
  for (const list of namedChildren(fn)) {
    if (list.type !== 'parameters') continue;
    for (const param of namedChildren(list)) {
      const name = param.childForFieldName('name');
      if (param.type !== 'parameter' || !name) continue;
      const type = scalaTypeName(param.childForFieldName('type'));
      params.push({ name: name.text, range: rangeOf(param), ...(type ? { type: type.slice(type.lastIndexOf('.') + 1) } : {}) });
    }
  }
  return params;
}

function indexImport(node: Node, program: ProgramIndex, imports: ScalaImports): void {
  const path: string[] = [];
  for (let i = 0; i < node.childCount; i++) {
    const child = node.child(i);
    if (!child) continue;
    if (node.fieldNameForChild(i) === 'path' && child.type === 'identifier') path.push(child.text);
    else if (child.type === 'namespace_wildcard') imports.paths.add(`${path.join('.')}._`);
    else if (child.type === 'namespace_selectors') {
      for (const selector of namedChildren(child)) {
        if (selector.type === 'identifier') imports.paths.add(`${path.join('.')}.${selector.text}`);
        else if (selector.type === 'arrow_renamed_identifier' || selector.type === 'as_renamed_identifier') {
          const name = selector.childForFieldName('name')?.text;
          const alias = selector.childForFieldName('alias')?.text;
          if (name) imports.paths.add(`${path.join('.')}.${name}`);
          if (name && alias && alias !== '_') program.typeAliases.set(alias, name);
        } else if (selector.type === 'wildcard' || selector.type === 'namespace_wildcard') imports.paths.add(`${path.join('.')}._`);
      }
    }
  }
  if (path.length > 0 && !node.children.some((c) => c?.type === 'namespace_wildcard' || c?.type === 'namespace_selectors')) imports.paths.add(path.join('.'));
  imports.lastImportEnd = pos(node.endPosition);
}

function customSource(cls: Node, name: string): CustomSourceClass | undefined {
  const bases = scalaTypeNames(cls.childForFieldName('extend')).map((b) => b.slice(b.lastIndexOf('.') + 1));
  const sourceBases = bases.filter((b) => SOURCE_BASES.has(b));
  if (sourceBases.length === 0) return undefined;
  return { name, range: rangeOf(cls), bases: sourceBases, checkpointed: bases.some((b) => CHECKPOINTED.has(b)), anonymous: false };
}

export function indexScala(root: Node): ScalaIndex {
  const program: ProgramIndex = { containers: [], functions: [], customSources: new Map(), typeAliases: new Map(), modules: new Set() };
  const imports: ScalaImports = { paths: new Set() };
  const topLevel: Node[] = [];
  const visit = (members: Node[], container: string, statements: Node[]) => {
    for (const member of members) {
      if (member.type === 'import_declaration') {
        indexImport(member, program, imports);
      } else if (member.type === 'package_clause') {
        imports.packageEnd = pos(member.endPosition);
        const body = member.childForFieldName('body');
        if (body) visit(namedChildren(body), container, statements);
      } else if (member.type === 'function_definition') {
        const name = member.childForFieldName('name')?.text;
        const body = member.childForFieldName('body');
        if (name && body) program.functions.push({ name, container, params: parametersOf(member), body } satisfies FunctionInfo);
      } else if (CONTAINERS.has(member.type)) {
        const name = member.childForFieldName('name')?.text;
        if (!name) continue;
        const custom = member.type === 'class_definition' ? customSource(member, name) : undefined;
        if (custom) program.customSources.set(name, custom);
        const own: Node[] = [];
        const body = member.childForFieldName('body');
        if (body) visit(namedChildren(body), name, own);
        // Only objects run their body as code we can follow; a class body runs per instance.
        program.containers.push({ name, statements: member.type === 'object_definition' ? own : [] });
      } else {
        statements.push(member);
      }
    }
  };
  visit(namedChildren(root), '', topLevel);
  program.containers.unshift({ name: '', statements: topLevel });
  return { program, imports };
}
