import { describe, expect, it } from 'vitest';
import { LineIndex } from '../parse/line-index.js';
import { scanImports } from './import-scan.js';
import type { LanguageId } from '../types.js';

function names(text: string, language: LanguageId): string[] {
  return scanImports(text, language, new LineIndex(text)).map((i) => i.name);
}

describe('scanImports', () => {
  it('java: single and static imports; wildcards and commented-out imports are left out', () => {
    const text = 'import a.b.C;\nimport static a.b.D.e;\nimport a.c.*;\n// import a.x.Y;\nclass K { String s = "import a.z.Q;"; }\n';
    expect(names(text, 'java')).toEqual(['a.b.C', 'a.b.D.e']);
    const [first] = scanImports(text, 'java', new LineIndex(text));
    expect(first!.range).toEqual({ start: { line: 0, character: 7 }, end: { line: 0, character: 12 } });
  });

  it('scala: single imports, brace lists with renames, wildcards skipped', () => {
    const text = 'import a.b.C\nimport a.d.{E, F => G, _}\nimport a.e._\n';
    expect(names(text, 'scala')).toEqual(['a.b.C', 'a.d.E', 'a.d.F']);
    const imports = scanImports(text, 'scala', new LineIndex(text));
    expect(imports[2]!.range).toEqual({ start: { line: 1, character: 15 }, end: { line: 1, character: 16 } });
  });

  it('python: from-imports with aliases and parenthesised lists, plain module imports', () => {
    const text = 'from a.b import C, D as E\nfrom a.c import (\n    F,\n    G as H,\n)\nimport a.d\n# from a.x import Y\n';
    expect(names(text, 'python')).toEqual(['a.b.C', 'a.b.D', 'a.c.F', 'a.c.G', 'a.d']);
    const imports = scanImports(text, 'python', new LineIndex(text));
    expect(imports[3]!.range).toEqual({ start: { line: 3, character: 4 }, end: { line: 3, character: 5 } });
  });
});
