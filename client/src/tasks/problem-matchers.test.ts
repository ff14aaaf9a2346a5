// The problem matchers package.json contributes, applied line by line the way VS Code applies a
// single-line pattern, to real build output: Maven 3 with maven-compiler-plugin 3.13 and javac 17
// (what Gradle prints). They must find what core/jobs' parser finds, so the editor's Problems and
// the CLI's "Build failed" message point at the same places.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCompilerMessages } from '../../../core/jobs/index.js';
import { BUILD_PROBLEM_MATCHERS } from './problem-matchers.js';

interface Pattern {
  regexp: string;
  file: number;
  line: number;
  column?: number;
  severity?: number;
  message: number;
}
interface Matcher {
  name: string;
  owner: string;
  fileLocation: string;
  severity?: string;
  pattern: Pattern;
}

const root = join(import.meta.dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { contributes: { problemMatchers: Matcher[] } };
const matchers = manifest.contributes.problemMatchers;
const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');

/** VS Code's severity: the captured word (case-insensitive), else the matcher's default, else error. */
function match(output: string): string[] {
  const found: string[] = [];
  for (const text of output.split(/\r?\n/)) {
    for (const m of matchers) {
      const g = new RegExp(m.pattern.regexp).exec(text);
      if (!g) continue;
      const p = m.pattern;
      const severity = (p.severity !== undefined ? g[p.severity] : m.severity ?? 'error')!.toLowerCase().replace(/^warn$/, 'warning');
      found.push(`${m.name} ${severity} ${g[p.file]}:${g[p.line]}${p.column !== undefined ? `:${g[p.column]}` : ''} ${g[p.message]}`);
    }
  }
  return found;
}

describe('problem matchers in package.json', () => {
  it('are all used by the build task, with absolute paths and one owner', () => {
    expect(matchers.map((m) => `$${m.name}`)).toEqual(BUILD_PROBLEM_MATCHERS);
    expect(new Set(matchers.map((m) => `${m.owner} ${m.fileLocation}`))).toEqual(new Set(['flink-ft absolute']));
  });

  it('read Maven compiler errors and warnings with line and column, and nothing else', () => {
    const file = '/tmp/mvnerr/src/main/java/demo';
    expect(match(fixture('maven-compile-errors.txt'))).toEqual([
      `flink-ft-maven warning ${file}/Old.java:4:25 found raw type: java.util.List`,
      `flink-ft-maven warning ${file}/Old.java:4:50 found raw type: java.util.ArrayList`,
      `flink-ft-maven warning ${file}/Old.java:4:71 unchecked call to add(E) as a member of the raw type java.util.List`,
      `flink-ft-maven error ${file}/Job.java:6:17 incompatible types: java.lang.String cannot be converted to int`,
      `flink-ft-maven error ${file}/Job.java:7:9 cannot find symbol`,
      // Maven repeats the errors in its failure summary, and both copies match.
      `flink-ft-maven error ${file}/Job.java:6:17 incompatible types: java.lang.String cannot be converted to int`,
      `flink-ft-maven error ${file}/Job.java:7:9 cannot find symbol`,
    ]);
  });

  it('read javac errors as Gradle prints them', () => {
    const file = '/tmp/mvnerr/src/main/java/demo';
    expect(match(fixture('javac-errors.txt'))).toEqual([
      `flink-ft-javac error ${file}/Job.java:6 incompatible types: String cannot be converted to int`,
      `flink-ft-javac error ${file}/Job.java:7 cannot find symbol`,
      `flink-ft-javac warning ${file}/Old.java:4 [rawtypes] found raw type: List`,
      `flink-ft-javac warning ${file}/Old.java:4 [rawtypes] found raw type: ArrayList`,
      `flink-ft-javac warning ${file}/Old.java:4 [unchecked] unchecked call to add(E) as a member of the raw type List`,
    ]);
  });

  it('read Kotlin and Scala locations, Maven with colour escapes and Windows paths', () => {
    expect(
      match(
        [
          'e: file:///p/src/main/kotlin/Job.kt:4:9 Unresolved reference: foo',
          'w: /p/build.gradle.kts:2:1 Deprecated',
          '[Error] /p/src/main/scala/Job.scala:5:3: not found: value bar',
          '[Warn] /p/src/main/scala/Job.scala:6:1: unused import',
          '\x1b[1;31m[ERROR]\x1b[m /p/A.java:[6,21] incompatible types',
          '[ERROR] C:\\p\\src\\A.java:[3,1] class, interface, enum, or record expected',
          '[ERROR]   symbol:   method undefinedCall()',
        ].join('\n'),
      ),
    ).toEqual([
      'flink-ft-kotlin error /p/src/main/kotlin/Job.kt:4:9 Unresolved reference: foo',
      'flink-ft-kotlin-warnings warning /p/build.gradle.kts:2:1 Deprecated',
      'flink-ft-scalac error /p/src/main/scala/Job.scala:5:3 not found: value bar',
      'flink-ft-scalac warning /p/src/main/scala/Job.scala:6:1 unused import',
      'flink-ft-maven error /p/A.java:6:21 incompatible types',
      'flink-ft-maven error C:\\p\\src\\A.java:3:1 class, interface, enum, or record expected',
    ]);
  });

  it('agree with the parser behind the CLI on Maven output', () => {
    const fromParser = parseCompilerMessages(fixture('maven-compile-errors.txt')).map((m) => `flink-ft-maven ${m.severity} ${m.file}:${m.line}:${m.column} ${m.message}`);
    expect([...new Set(match(fixture('maven-compile-errors.txt')))]).toEqual(fromParser);
  });
});
