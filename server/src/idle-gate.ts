// Background work (indexing the workspace) gives way to the editor: it continues only once no
// message has arrived for a moment. Yielding one event-loop turn is not enough: the JSON-RPC
// reader hands over one message per turn, so edits and indexing slices would alternate and a
// burst of 2,000 edits would wait behind 2,000 slices.
export class IdleGate {
  private lastActivity = Number.NEGATIVE_INFINITY;

  constructor(private readonly quietMs = 20) {}

  /** Called by every handler of an editor message. */
  touch(): void {
    this.lastActivity = Date.now();
  }

  /** Resolves after a turn of the event loop once the editor has been quiet for `quietMs`. */
  async whenQuiet(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    for (;;) {
      const wait = this.lastActivity + this.quietMs - Date.now();
      if (wait <= 0) return;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}
