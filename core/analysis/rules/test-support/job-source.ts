// The class and main method around a rule test's statements, written once: most cases differ only
// in what main does. The text is exactly what the cases used to spell out, so expected lines and
// columns count as before: with no comment and no `before`, the statements start on line 4.

export interface JobParts {
  /** A first line `// <comment>`: RuleTester takes it as the test's title. */
  comment?: string;
  /** Text ahead of the class or object (package, imports), ending with its own newlines. */
  before?: string;
  /** The class (Java) or object (Scala) name; `Job` unless given. */
  name?: string;
  /** Class-level code after main, each line as it stands in the file (2-space members). */
  members?: string;
  /** Text after the class's closing brace (a second class). */
  after?: string;
}

/** `statements` is a template literal: its first and last newline are dropped, its indentation (4 spaces in main) kept. */
export function javaJob(statements: string, parts: JobParts = {}): string {
  return wrap(statements, parts, `public class ${parts.name ?? 'Job'} {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
`);
}

/** The same for a Scala object on the Java API (`val env` without parentheses). */
export function scalaJob(statements: string, parts: JobParts = {}): string {
  return wrap(statements, parts, `object ${parts.name ?? 'Job'} {
  def main(args: Array[String]): Unit = {
    val env = StreamExecutionEnvironment.getExecutionEnvironment
`);
}

function wrap(statements: string, parts: JobParts, head: string): string {
  const body = statements.replace(/^\n/, '').replace(/\n$/, '');
  const comment = parts.comment === undefined ? '' : `// ${parts.comment}\n`;
  return `${comment}${parts.before ?? ''}${head}${body}\n  }\n${parts.members ?? ''}}${parts.after ?? ''}`;
}

/**
 * A checkpointed job whose KafkaSink is built in a variable and attached with `sinkTo(sink)`: `setters`
 * are the builder's calls after `.setBootstrapServers(...)`, one a line, indent added (the sink is attached on
 * line 8 plus the number of setters).
 */
export function kafkaSinkJob(setters: string[], parts: JobParts = {}): string {
  return javaJob(`    env.enableCheckpointing(10_000);
    KafkaSink<String> sink = KafkaSink.<String>builder()
        .setBootstrapServers("kafka:9092")
${setters.map((setter) => `        ${setter}\n`).join('')}        .build();
    env.fromSequence(1, 10).map(String::valueOf).sinkTo(sink);
    env.execute();`, parts);
}

export interface PythonKafkaSinkJob {
  /** Import lines after `from pyflink.datastream import StreamExecutionEnvironment`. */
  imports: string[];
  /** The line that enables checkpointing. */
  checkpointing: string;
  /** The builder's lines after `sink = KafkaSink.builder() \`, indent and line continuations added. */
  chain: string[];
}

/** A PyFlink job whose KafkaSink is built in a backslash-continued chain and attached with `sink_to(sink)`. */
export function pythonKafkaSinkJob({ imports, checkpointing, chain }: PythonKafkaSinkJob): string {
  return `from pyflink.datastream import StreamExecutionEnvironment
${imports.map((line) => `${line}\n`).join('')}
env = StreamExecutionEnvironment.get_execution_environment()
${checkpointing}
sink = KafkaSink.builder() \\
${chain.map((line) => `    ${line}`).join(' \\\n')}
env.from_collection(["a"]).sink_to(sink)
env.execute()
`;
}
