import { ZipArchive } from '../zip/zip-archive.js';

/** What a job jar says about its entry points. */
export interface JarContents {
  /** `Main-Class` of META-INF/MANIFEST.MF (also `program-class`, which Flink reads too). */
  mainClass: string | undefined;
  /** Every class in the jar, dotted (`com.example.Job`), inner classes excluded. */
  classes: string[];
  /** Classes that declare `main(String[])`, dotted and sorted: the candidates to offer. */
  mainCandidates: string[];
}

// A class with `public static void main(String[])` has both strings in its constant pool.
const MAIN_NAME = Buffer.from('\u0001\u0000\u0004main', 'latin1');
const MAIN_DESCRIPTOR = Buffer.from('([Ljava/lang/String;)V', 'latin1');
// Dependency classes shaded into fat jars are never the user's entry point.
const LIBRARY_PREFIXES = ['org/apache/flink/', 'org/slf4j/', 'org/apache/logging/', 'scala/', 'kotlin/', 'com/google/', 'META-INF/'];

export async function readJarContents(jarPath: string): Promise<JarContents> {
  await using jar = await ZipArchive.open(jarPath);
  const manifestEntry = jar.find('META-INF/MANIFEST.MF');
  const manifest = manifestEntry ? parseManifest((await jar.read(manifestEntry)).toString('utf8')) : new Map<string, string>();
  const classEntries = jar.entries.filter((e) => e.name.endsWith('.class') && !e.name.includes('$') && e.name !== 'module-info.class');
  const mainCandidates: string[] = [];
  for (const entry of classEntries) {
    if (LIBRARY_PREFIXES.some((p) => entry.name.startsWith(p))) continue;
    const bytes = await jar.read(entry);
    if (bytes.includes(MAIN_NAME) && bytes.includes(MAIN_DESCRIPTOR)) mainCandidates.push(toClassName(entry.name));
  }
  return {
    mainClass: manifest.get('Main-Class') ?? manifest.get('program-class'),
    classes: classEntries.map((e) => toClassName(e.name)),
    mainCandidates: mainCandidates.sort(),
  };
}

function toClassName(entryName: string): string {
  return entryName.slice(0, -'.class'.length).replaceAll('/', '.');
}

/** Manifest lines are `Key: value`, continued by lines starting with one space (72-byte wrapping). */
export function parseManifest(text: string): Map<string, string> {
  const unwrapped = text.replace(/\r?\n /g, '');
  const values = new Map<string, string>();
  for (const line of unwrapped.split(/\r?\n/)) {
    const at = line.indexOf(':');
    if (at > 0) values.set(line.slice(0, at).trim(), line.slice(at + 1).trim());
  }
  return values;
}
