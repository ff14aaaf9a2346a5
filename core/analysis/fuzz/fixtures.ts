// The code the fuzz test starts from: every example job, every rule-doc example and every test
// fixture in Java, Python and Scala.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LanguageId } from '../types.js';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export interface Fixture {
  name: string;
  languageId: LanguageId;
  text: string;
}

const EXTENSIONS: Record<string, LanguageId> = { '.java': 'java', '.py': 'python', '.scala': 'scala' };
const SKIPPED_FOLDERS = new Set(['node_modules', 'target', 'build', 'out', 'generated']);

function sourceFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name)) return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : [path];
  });
}

function languageOf(path: string): LanguageId | undefined {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? undefined : EXTENSIONS[path.slice(dot)];
}

function fileFixtures(folder: string): Fixture[] {
  return sourceFiles(join(repoRoot, folder)).sort().flatMap((path) => {
    const languageId = languageOf(path);
    return languageId ? [{ name: relative(repoRoot, path), languageId, text: readFileSync(path, 'utf8') }] : [];
  });
}

function docFixtures(): Fixture[] {
  const folder = join(repoRoot, 'docs', 'rules');
  return readdirSync(folder).filter((f) => f.endsWith('.md')).sort().flatMap((file) => {
    const page = readFileSync(join(folder, file), 'utf8');
    return [...page.matchAll(/```(java|python|scala)\n([\s\S]*?)```/g)].map((m, i) => ({
      name: `docs/rules/${file}#${i + 1}`, languageId: m[1] as LanguageId, text: m[2]!,
    }));
  });
}

export function allFixtures(): Fixture[] {
  return [...fileFixtures('examples'), ...fileFixtures('test/fixtures'), ...docFixtures()];
}
