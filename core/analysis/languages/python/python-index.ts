// A shallow index of a Python module: module code, functions (module level and methods), class
// bodies, and what the imports bind. Only top-level and class-level nodes are visited.
import type { Node } from 'web-tree-sitter';
import type { Position } from '../../types.js';
import type { FunctionInfo, ParamInfo, ProgramIndex } from '../lowered/lowered-ast.js';
import { annotationName, namedChildren, pos, rangeOf } from './python-nodes.js';

export interface PythonImports {
  /** Names bound by `from x import Name [as Alias]` (the alias when there is one). */
  names: Set<string>;
  /** End of the last top-level import statement, where a new import goes. */
  lastImportEnd?: Position;
}

export interface PythonIndex {
  program: ProgramIndex;
  imports: PythonImports;
}

function definitionOf(node: Node): Node | null {
  return node.type === 'decorated_definition' ? node.childForFieldName('definition') : node;
}

function parametersOf(fn: Node): ParamInfo[] {
  const params = fn.childForFieldName('parameters');
  if (!params) return [];
  return namedChildren(params).flatMap((param): ParamInfo[] => {
    if (param.type === 'identifier') return [{ name: param.text, range: rangeOf(param) }];
    const name = param.childForFieldName('name') ?? namedChildren(param).find((c) => c.type === 'identifier');
    if (!name || param.type.includes('splat')) return [];
    const type = annotationName(param.childForFieldName('type'));
    return [{ name: name.text, range: rangeOf(param), ...(type ? { type } : {}) }];
  });
}

function functionInfo(fn: Node, container: string): FunctionInfo | undefined {
  const name = fn.childForFieldName('name');
  const body = fn.childForFieldName('body');
  return name && body ? { name: name.text, container, params: parametersOf(fn), body } : undefined;
}

function indexImport(node: Node, program: ProgramIndex, imports: PythonImports): void {
  if (node.type === 'import_statement') {
    for (const item of namedChildren(node)) {
      const alias = item.type === 'aliased_import' ? item.childForFieldName('alias')?.text : undefined;
      const module = item.type === 'aliased_import' ? item.childForFieldName('name') : item;
      const bound = alias ?? module?.text.split('.')[0];
      if (bound) program.modules.add(bound);
    }
  } else {
    const module = node.childForFieldName('module_name');
    const moduleName = module?.text.replace(/^\.+/, '').split('.').pop();
    const importedNames = (program.importedNames ??= new Map());
    for (const item of namedChildren(node)) {
      if (module && item.id === module.id) continue;
      if (item.type === 'aliased_import') {
        const original = item.childForFieldName('name')?.text;
        const alias = item.childForFieldName('alias')?.text;
        if (original && alias) {
          program.typeAliases.set(alias, original.slice(original.lastIndexOf('.') + 1));
          imports.names.add(alias);
          if (moduleName) importedNames.set(alias, { module: moduleName, name: original });
        }
      } else if (item.type === 'dotted_name') {
        imports.names.add(item.text);
        if (moduleName) importedNames.set(item.text, { module: moduleName, name: item.text });
      }
    }
  }
  imports.lastImportEnd = pos(node.endPosition);
}

export function indexPython(root: Node): PythonIndex {
  const program: ProgramIndex = { containers: [], functions: [], customSources: new Map(), typeAliases: new Map(), modules: new Set() };
  const imports: PythonImports = { names: new Set() };
  const moduleStatements: Node[] = [];
  for (const statement of namedChildren(root)) {
    const definition = definitionOf(statement);
    if (statement.type === 'import_statement' || statement.type === 'import_from_statement') {
      indexImport(statement, program, imports);
    } else if (definition?.type === 'function_definition') {
      const fn = functionInfo(definition, '');
      if (fn) program.functions.push(fn);
    } else if (definition?.type === 'class_definition') {
      indexClass(definition, program);
    } else {
      moduleStatements.push(statement);
    }
  }
  program.containers.unshift({ name: '', statements: moduleStatements });
  return { program, imports };
}

function indexClass(cls: Node, program: ProgramIndex): void {
  const name = cls.childForFieldName('name')?.text;
  const body = cls.childForFieldName('body');
  if (!name || !body) return;
  const statements: Node[] = [];
  for (const member of namedChildren(body)) {
    const definition = definitionOf(member);
    if (definition?.type === 'function_definition') {
      const fn = functionInfo(definition, name);
      if (fn) program.functions.push(fn);
    } else if (definition?.type !== 'class_definition') {
      statements.push(member);
    }
  }
  program.containers.push({ name, statements });
}
