// How quick fixes write Java: statements end with `;`, imports go after the last import.
import type { LanguageSyntax } from '../../model.js';
import type { TextEdit } from '../../types.js';
import type { ClassIndex } from './java-class-index.js';

export function javaSyntax(index: ClassIndex): LanguageSyntax {
  const imported = new Set(index.imports.qualified);
  return {
    callStatement: (receiver, method, args) => `${receiver}.${method}(${args.join(', ')});`,
    enumConstant: (type, constant) => `${type}.${constant}`,
    stringLiteral: (value) => JSON.stringify(value),
    chainedCall: (method, args) => `.${method}(${args.join(', ')})`,
    importEdit(qualifiedName: string): TextEdit | undefined {
      const dot = qualifiedName.lastIndexOf('.');
      const wildcard = `${qualifiedName.slice(0, dot)}.*`;
      if (imported.has(qualifiedName) || imported.has(wildcard)) return undefined;
      const anchor = index.imports.lastImportEnd ?? index.imports.packageEnd;
      const line = `import ${qualifiedName};`;
      if (!anchor) return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `${line}\n` };
      return { range: { start: anchor, end: anchor }, newText: `\n${line}` };
    },
  };
}
