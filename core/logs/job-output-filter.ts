// Keeps a job's own prints (System.out, print(), the print sink) and drops what Flink, log4j, the
// start scripts and the JVM write into the same stream. Needed for the container-stream fallback,
// where log lines and prints are mixed; on .out files it mostly passes everything through.

const LOG4J_LINE = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}[,.]\d{3}\s+(TRACE|DEBUG|INFO|WARN|ERROR|FATAL)\s/;
const STACK_CONTINUATION = /^(\s+at\s|\s+\.\.\. \d+ more|Caused by: |\s+Suppressed: )/;
const NOISE = [
  /^Starting (Task Manager|Job Manager|History Server)$/,
  /^Starting \S+ as a console application on host /,
  /^SLF4J: /,
  /^(OpenJDK|Java HotSpot\(TM\)) .* warning: /,
  /^WARNING: (An illegal reflective access|Illegal reflective access|Please consider reporting|Use --illegal-access|All illegal access|A terminally deprecated method|sun\.misc\.Unsafe)/,
];

/**
 * Stateful per stream (one per TaskManager): a stack trace that follows a dropped log line belongs
 * to that log line and is dropped with it; a stack trace after a print is kept.
 */
export class JobOutputFilter {
  private inLogRecord = false;

  accept(line: string): boolean {
    if (LOG4J_LINE.test(line)) {
      this.inLogRecord = true;
      return false;
    }
    if (this.inLogRecord && STACK_CONTINUATION.test(line)) return false;
    // Exception headers right after a log record, e.g. "java.io.IOException: ..." before its frames.
    if (this.inLogRecord && /^[\w$.]+(Exception|Error|Throwable)(: |$)/.test(line)) return false;
    this.inLogRecord = false;
    return !NOISE.some((re) => re.test(line));
  }
}
