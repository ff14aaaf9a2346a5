import { readFile } from 'node:fs/promises';
import { walkFiles } from '../../source-files/index.js';

/** A job entry point found in source: a class with `main` that calls `execute`. */
export interface SourceEntryClass {
  /** Fully qualified: `com.example.Job`. */
  className: string;
  file: string;
  /** 1-based line of the `execute(` call, where a CodeLens or a test failure points. */
  executeLine: number;
  language: 'java' | 'scala' | 'kotlin';
}

const LANGUAGES: Record<string, SourceEntryClass['language']> = { '.java': 'java', '.scala': 'scala', '.kt': 'kotlin' };
const MAIN = /\bstatic\s+void\s+main\s*\(|\bdef\s+main\s*\(|\bfun\s+main\s*\(|@JvmStatic\s+fun\s+main\s*\(/;
const EXECUTE = /\.\s*execute(?:Async)?\s*\(/;
const PACKAGE = /^\s*package\s+([\w.]+)/m;
// The first top-level type: `public final class Foo`, `object Foo`, `class Foo`.
const TYPE = /^\s*(?:public\s+|final\s+|abstract\s+|private\s+|internal\s+)*(?:class|object)\s+(\w+)/m;

/**
 * Classes with a main method that call `execute` (DataStream or Table API), found by a text scan
 * of Java, Scala and Kotlin sources. A scan, not the analyzer: it must also find entry points in
 * files the analyzer does not parse (Kotlin) and be cheap on large workspaces.
 */
export async function findEntryClasses(root: string): Promise<SourceEntryClass[]> {
  const files = walkFiles([root], { include: (p) => Object.keys(LANGUAGES).some((ext) => p.endsWith(ext)) });
  const found: SourceEntryClass[] = [];
  for (const file of files) {
    const text = await readFile(file, 'utf8').catch(() => '');
    if (!MAIN.test(text)) continue;
    const lines = text.split('\n');
    const executeIndex = lines.findIndex((l) => EXECUTE.test(l) && !l.trimStart().startsWith('//'));
    if (executeIndex < 0) continue;
    const type = TYPE.exec(text)?.[1];
    if (!type) continue;
    const pkg = PACKAGE.exec(text)?.[1];
    const ext = Object.keys(LANGUAGES).find((e) => file.endsWith(e)) ?? '.java';
    found.push({ className: pkg ? `${pkg}.${type}` : type, file, executeLine: executeIndex + 1, language: LANGUAGES[ext] ?? 'java' });
  }
  return found.sort((a, b) => a.className.localeCompare(b.className));
}
