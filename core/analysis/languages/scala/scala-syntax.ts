// How quick fixes write Scala: the Java API's names, no semicolons, `import a.b.C` after the imports.
import type { LanguageSyntax } from '../../model.js';
import type { TextEdit } from '../../types.js';
import type { ScalaImports } from './scala-index.js';

export function scalaSyntax(imports: ScalaImports): LanguageSyntax {
  return {
    callStatement: (receiver, method, args) => `${receiver}.${method}(${args.join(', ')})`,
    enumConstant: (type, constant) => `${type}.${constant}`,
    stringLiteral: (value) => JSON.stringify(value),
    chainedCall: (method, args) => `.${method}(${args.join(', ')})`,
    importEdit(qualifiedName: string): TextEdit | undefined {
      const dot = qualifiedName.lastIndexOf('.');
      if (imports.paths.has(qualifiedName) || imports.paths.has(`${qualifiedName.slice(0, dot)}._`)) return undefined;
      const line = `import ${qualifiedName}`;
      const anchor = imports.lastImportEnd ?? imports.packageEnd;
      if (!anchor) return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `${line}\n` };
      return { range: { start: anchor, end: anchor }, newText: `\n${line}` };
    },
  };
}
