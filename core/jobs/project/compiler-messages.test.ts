import { describe, expect, it } from 'vitest';
import { parseCompilerMessages } from './compiler-messages.js';

describe('parseCompilerMessages', () => {
  it('reads Maven javac errors once, with line and column', () => {
    const output = [
      '[ERROR] COMPILATION ERROR : ',
      '[ERROR] /p/src/main/java/a/Job.java:[12,17] cannot find symbol',
      '  symbol:   class Foo',
      '[WARNING] /p/src/main/java/a/Old.java:[3,1] [deprecation] SourceFunction in org.apache.flink has been deprecated',
      '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.13.0:compile',
      '[ERROR] /p/src/main/java/a/Job.java:[12,17] cannot find symbol',
    ].join('\n');
    expect(parseCompilerMessages(output)).toEqual([
      { file: '/p/src/main/java/a/Job.java', line: 12, column: 17, severity: 'error', message: 'cannot find symbol' },
      { file: '/p/src/main/java/a/Old.java', line: 3, column: 1, severity: 'warning', message: '[deprecation] SourceFunction in org.apache.flink has been deprecated' },
    ]);
  });

  it('reads javac errors as Gradle prints them, column from the caret line', () => {
    const output = ['/p/src/main/java/a/Job.java:7: error: \';\' expected', '        int x = 1', '                 ^', '1 error'].join('\n');
    expect(parseCompilerMessages(output)).toEqual([{ file: '/p/src/main/java/a/Job.java', line: 7, column: 18, severity: 'error', message: "';' expected" }]);
  });

  it('reads Kotlin and Scala locations', () => {
    const output = ['e: file:///p/src/main/kotlin/Job.kt:4:9 Unresolved reference: foo', '[Error] /p/src/main/scala/Job.scala:5:3: not found: value bar'].join('\n');
    expect(parseCompilerMessages(output)).toEqual([
      { file: '/p/src/main/kotlin/Job.kt', line: 4, column: 9, severity: 'error', message: 'Unresolved reference: foo' },
      { file: '/p/src/main/scala/Job.scala', line: 5, column: 3, severity: 'error', message: 'not found: value bar' },
    ]);
  });
});

describe('parseCompilerMessages with colours', () => {
  it('ignores ANSI colour escapes around Maven lines', () => {
    const output = '\x1b[0m\x1b[0m[ERROR] /p/A.java:[6,21] incompatible types: java.lang.String cannot be converted to int';
    expect(parseCompilerMessages(output)).toEqual([
      { file: '/p/A.java', line: 6, column: 21, severity: 'error', message: 'incompatible types: java.lang.String cannot be converted to int' },
    ]);
  });
});
