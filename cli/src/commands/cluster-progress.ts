import type { ClusterProgress } from '../../../core/cluster/index.js';

/** An image pull reports every layer many times a second; a log gets at most a line this often. */
const PULL_LINE_INTERVAL_MS = 1_000;

/**
 * Turns the cluster's start-up steps into progress lines on stderr (`up`, `down`), so stdout stays
 * clean for `--json`. Pull progress is thinned out; every other step is one line.
 */
export class ClusterProgressPrinter {
  private lastPullLineAt: number | undefined;

  constructor(
    private readonly stderr: { write(text: string): unknown },
    private readonly now: () => number,
  ) {}

  readonly report = (progress: ClusterProgress): void => {
    if (progress.step === 'image' && progress.pull) {
      const t = this.now();
      if (this.lastPullLineAt !== undefined && t - this.lastPullLineAt < PULL_LINE_INTERVAL_MS) return;
      this.lastPullLineAt = t;
      const { current, total } = progress.pull;
      const percent = current !== undefined && total ? ` (${Math.floor((100 * current) / total)}%)` : '';
      this.stderr.write(`${progress.message}${percent}\n`);
      return;
    }
    this.stderr.write(`${progress.message}\n`);
  };

  line(message: string): void {
    this.stderr.write(`${message}\n`);
  }
}
