/** How long a run may take before a non-terminal stderr (a CI log) gets progress lines. */
const QUIET_PERIOD_MS = 1_000;
/** On a terminal the line is redrawn in place; this keeps redraws from costing more than the work. */
const TTY_REDRAW_MS = 100;

/**
 * `checked N/M files` on stderr. On a terminal the line is redrawn in place and erased at the end;
 * elsewhere (CI logs, pipes) nothing is printed for short runs, and then at most a line a second,
 * so logs stay readable.
 */
export class Progress {
  private readonly startedAt: number;
  private lastPrintAt: number | undefined;

  constructor(
    private readonly stderr: { write(text: string): unknown },
    private readonly isTTY: boolean,
    private readonly now: () => number,
    private readonly total: number,
  ) {
    this.startedAt = now();
  }

  update(done: number): void {
    const t = this.now();
    const line = `checked ${done}/${this.total} files`;
    if (this.isTTY) {
      if (this.lastPrintAt !== undefined && t - this.lastPrintAt < TTY_REDRAW_MS && done !== this.total) return;
      this.stderr.write(`\r${line}\x1b[K`);
      this.lastPrintAt = t;
      return;
    }
    if (t - this.startedAt < QUIET_PERIOD_MS) return;
    if (this.lastPrintAt !== undefined && t - this.lastPrintAt < QUIET_PERIOD_MS && done !== this.total) return;
    this.stderr.write(`${line}\n`);
    this.lastPrintAt = t;
  }

  /** Erases the terminal line so the report starts on a clean line. */
  finish(): void {
    if (this.isTTY && this.lastPrintAt !== undefined) this.stderr.write('\r\x1b[K');
  }
}
