/** One compiler diagnostic with its location, for problem matchers and error messages. */
export interface CompilerMessage {
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  message: string;
}

// Maven (javac via maven-compiler-plugin):  [ERROR] /abs/Foo.java:[12,8] cannot find symbol
const MAVEN = /^\[(ERROR|WARNING)\]\s+(\/[^\s:][^:]*|[A-Za-z]:\\[^:]*):\[(\d+),(\d+)\]\s+(.*)$/;
// Gradle and plain javac:                   /abs/Foo.java:12: error: cannot find symbol
const JAVAC = /^(\/[^:]+|[A-Za-z]:\\[^:]+):(\d+):\s+(error|warning):\s+(.*)$/;
// scalac / kotlinc through Gradle:           e: file:///abs/Foo.kt:12:8 message   or   [Error] /abs/Foo.scala:12:8: message
const KOTLIN = /^([ew]):\s+(?:file:\/\/)?(\/[^:]+):(\d+):(\d+)\s+(.*)$/;
const SCALA = /^\[(Error|Warn)\]\s+(\/[^:]+):(\d+):(\d+):\s+(.*)$/;

/**
 * Compiler errors and warnings with their locations from Maven or Gradle output. javac's column
 * is found from its caret line where it prints one; Maven already reports it.
 */
export function parseCompilerMessages(output: string): CompilerMessage[] {
  // Maven colours its output even without a terminal in some setups; escapes would hide `[ERROR]`.
  const lines = output.replace(/\x1b\[[0-9;]*m/g, '').split(/\r?\n/);
  const messages: CompilerMessage[] = [];
  const seen = new Set<string>();
  const push = (m: CompilerMessage): void => {
    const key = `${m.file}:${m.line}:${m.column}:${m.message}`;
    if (seen.has(key)) return; // Maven prints each error twice (compiler output, then the failure summary).
    seen.add(key);
    messages.push(m);
  };
  lines.forEach((line, i) => {
    let m = MAVEN.exec(line);
    if (m) {
      push({ file: m[2]!, line: Number(m[3]), column: Number(m[4]), severity: m[1] === 'ERROR' ? 'error' : 'warning', message: m[5]!.trim() });
      return;
    }
    m = JAVAC.exec(line);
    if (m) {
      push({ file: m[1]!, line: Number(m[2]), column: caretColumn(lines, i) ?? 1, severity: m[3] as 'error' | 'warning', message: m[4]!.trim() });
      return;
    }
    m = KOTLIN.exec(line) ?? SCALA.exec(line);
    if (m) {
      const severity = m[1] === 'e' || m[1] === 'Error' ? 'error' : 'warning';
      push({ file: m[2]!, line: Number(m[3]), column: Number(m[4]), severity, message: m[5]!.trim() });
    }
  });
  return messages;
}

// javac prints the source line, then a line with a caret under the column (1-based).
function caretColumn(lines: readonly string[], at: number): number | undefined {
  for (const candidate of [lines[at + 2], lines[at + 3]]) {
    if (candidate !== undefined && /^\s*\^\s*$/.test(candidate)) return candidate.indexOf('^') + 1;
  }
  return undefined;
}
