// The classes and names a file imports, with the range of each qualified name, by a text scan
// (comments and strings blanked, no tree walk) so all three front ends share it. Java
// `import a.b.C;`, Scala `import a.b.C` / `import a.b.{C, D => E}`, Python `from a.b import C, D as E`
// (parenthesised lists too) and `import a.b`. Wildcards name no class and are left out.
import type { ImportModel } from '../model.js';
import type { LineIndex } from '../parse/line-index.js';
import type { LanguageId } from '../types.js';
import { blankCommentsAndStrings } from './class-scan.js';

export function scanImports(text: string, language: LanguageId, lines: LineIndex): ImportModel[] {
  const masked = blankCommentsAndStrings(text, language);
  const found: ImportModel[] = [];
  const add = (name: string, start: number, end: number) => {
    found.push({ name, range: { start: lines.positionAt(start), end: lines.positionAt(end) } });
  };
  if (language === 'python') {
    for (const m of masked.matchAll(/^[ \t]*from[ \t]+([\w.]+)[ \t]+import[ \t]+(\([^)]*\)|[^\n]*)/gm)) {
      const listStart = m.index + m[0].length - m[2]!.length;
      for (const item of m[2]!.matchAll(/(\w+)(?:\s+as\s+\w+)?/g)) {
        if (item[1] === 'as') continue;
        const start = listStart + item.index;
        add(`${m[1]}.${item[1]}`, start, start + item[1]!.length);
      }
    }
    for (const m of masked.matchAll(/^[ \t]*import[ \t]+([\w.]+)/gm)) {
      const start = m.index + m[0].length - m[1]!.length;
      add(m[1]!, start, start + m[1]!.length);
    }
    return found;
  }
  for (const m of masked.matchAll(/^[ \t]*import[ \t]+(?:static[ \t]+)?([\w.]+?)(\.\{[^}]*\}|\.\*|\._)?[ \t]*;?[ \t]*$/gm)) {
    const path = m[1]!;
    const pathStart = m.index + m[0].indexOf(path, 'import'.length);
    if (!m[2]) add(path, pathStart, pathStart + path.length);
    else if (m[2].startsWith('.{')) {
      const listStart = pathStart + path.length + 2;
      for (const item of m[2].slice(2, -1).matchAll(/(\w+)(?:\s*=>\s*\w+)?/g)) {
        if (item[1] === '_') continue;
        const start = listStart + item.index;
        add(`${path}.${item[1]}`, start, start + item[1]!.length);
      }
    }
  }
  return found;
}
