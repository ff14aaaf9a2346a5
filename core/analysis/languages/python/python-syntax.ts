// How quick fixes write Python: snake_case method names, no semicolons, `from x import Name`.
import type { LanguageSyntax } from '../../model.js';
import type { TextEdit } from '../../types.js';
import type { PythonImports } from './python-index.js';

/** `enableCheckpointing` → `enable_checkpointing` (rules name the Java API; PyFlink spells it in snake_case). */
export function snakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

export function pythonSyntax(imports: PythonImports): LanguageSyntax {
  return {
    callStatement: (receiver, method, args) => `${receiver}.${snakeCase(method)}(${args.join(', ')})`,
    enumConstant: (type, constant) => `${type}.${constant}`,
    stringLiteral: (value) => JSON.stringify(value),
    chainedCall: (method, args) => `.${method}(${args.join(', ')})`,
    importEdit(qualifiedName: string): TextEdit | undefined {
      const dot = qualifiedName.lastIndexOf('.');
      const name = qualifiedName.slice(dot + 1);
      if (imports.names.has(name)) return undefined;
      const line = `from ${qualifiedName.slice(0, dot)} import ${name}`;
      const anchor = imports.lastImportEnd;
      if (!anchor) return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `${line}\n` };
      return { range: { start: anchor, end: anchor }, newText: `\n${line}` };
    },
  };
}
