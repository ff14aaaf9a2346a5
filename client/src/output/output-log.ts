// The recent content of one TaskManager's output channel, kept so that toggling "job prints only"
// can redraw the channel (OutputChannel.replace) instead of only affecting lines to come.
import { JobOutputFilter } from '../../../core/logs/index.js';

type Entry = { kind: 'line'; text: string; jobPrint: boolean } | { kind: 'marker'; text: string };

/** Enough to scroll back through a test run; older lines are dropped first. */
export const DEFAULT_MAX_ENTRIES = 10_000;

export class OutputLog {
  private readonly entries: Entry[] = [];
  // One filter per stream: it remembers whether a stack trace belongs to a dropped log record.
  private readonly filter = new JobOutputFilter();

  constructor(private readonly maxEntries = DEFAULT_MAX_ENTRIES) {}

  /** Records a line; returns the text to append now (undefined when the filter hides it). */
  addLine(text: string, jobOnly: boolean): string | undefined {
    const jobPrint = this.filter.accept(text);
    this.push({ kind: 'line', text, jobPrint });
    return !jobOnly || jobPrint ? `${text}\n` : undefined;
  }

  /** Markers show whatever the filter. */
  addMarker(text: string): string {
    this.push({ kind: 'marker', text });
    return `${text}\n`;
  }

  /** The whole retained content as the channel should show it. */
  render(jobOnly: boolean): string {
    return this.entries
      .filter((e) => e.kind === 'marker' || !jobOnly || e.jobPrint)
      .map((e) => `${e.text}\n`)
      .join('');
  }

  get size(): number {
    return this.entries.length;
  }

  private push(entry: Entry): void {
    this.entries.push(entry);
    if (this.entries.length > this.maxEntries) this.entries.splice(0, this.entries.length - this.maxEntries);
  }
}
