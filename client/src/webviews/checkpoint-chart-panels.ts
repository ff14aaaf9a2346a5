// "Checkpoints: <job>" webview panels: one per job, fed with the job's checkpoint series
// (core/jobs/checkpoint-history.ts) every ~2 s while visible. The series lives here, not in the
// webview, so a panel that was hidden (and its webview discarded) redraws the whole run.
import { randomBytes } from 'node:crypto';
import { Uri, ViewColumn, window, type Disposable, type Webview, type WebviewPanel } from 'vscode';
import { isEndedJob } from '../views/job-view-model.js';
import { fetchCheckpointSnapshot, mergeCheckpointSeries, type CheckpointSeries } from './checkpoint-history.js';
import type { ClusterManager } from '../cluster/cluster-manager.js';

export const CHECKPOINT_CHART_VIEW_TYPE = 'flinkFt.checkpointChart';
const POLL_MS = 2_000;

/** Messages to the webview script (media/checkpoint-chart/chart.js). */
export type ChartMessage = { type: 'series'; series: CheckpointSeries } | { type: 'status'; text: string };

export class CheckpointChartPanels implements Disposable {
  private readonly panels = new Map<string, CheckpointChartPanel>();

  constructor(
    private readonly manager: ClusterManager,
    private readonly extensionUri: Uri,
  ) {}

  show(jobId: string, jobName: string, live: boolean): void {
    const open = this.panels.get(jobId);
    if (open) return open.reveal(live);
    const panel = new CheckpointChartPanel(this.manager, this.extensionUri, jobId, jobName, () => this.panels.delete(jobId));
    this.panels.set(jobId, panel);
  }

  dispose(): void {
    for (const panel of [...this.panels.values()]) panel.dispose();
    this.panels.clear();
  }
}

class CheckpointChartPanel implements Disposable {
  private readonly panel: WebviewPanel;
  private readonly subscriptions: Disposable[] = [];
  private series: CheckpointSeries | undefined;
  private timer: NodeJS.Timeout | undefined;
  private polling = false;
  private ended = false;
  private disposed = false;

  constructor(
    private readonly manager: ClusterManager,
    extensionUri: Uri,
    private readonly jobId: string,
    jobName: string,
    private readonly onDispose: () => void,
  ) {
    const media = Uri.joinPath(extensionUri, 'media', 'checkpoint-chart');
    this.panel = window.createWebviewPanel(CHECKPOINT_CHART_VIEW_TYPE, `Checkpoints: ${jobName}`, { viewColumn: ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      localResourceRoots: [media],
    });
    this.panel.webview.html = chartHtml(this.panel.webview, media, jobName);
    this.subscriptions.push(
      this.panel.webview.onDidReceiveMessage((message: unknown) => {
        // The script asks once it listens; anything sent before would be lost.
        if (typeof message === 'object' && message !== null && 'type' in message && message.type === 'ready') {
          if (this.series) void this.post({ type: 'series', series: this.series });
          void this.tick();
        }
      }),
      this.panel.onDidChangeViewState(() => {
        if (this.panel.visible) void this.tick();
        else clearTimeout(this.timer);
      }),
      this.panel.onDidDispose(() => this.dispose()),
    );
  }

  reveal(live: boolean): void {
    if (live) this.ended = false;
    this.panel.reveal(undefined, true);
    void this.tick();
  }

  /** One poll, then the next one in POLL_MS while the panel is visible and the job can still change. */
  private async tick(): Promise<void> {
    if (this.polling || this.disposed) return;
    clearTimeout(this.timer);
    this.polling = true;
    try {
      await this.poll();
    } finally {
      this.polling = false;
    }
    if (!this.disposed && this.panel.visible && !this.ended) this.timer = setTimeout(() => void this.tick(), POLL_MS);
  }

  private async poll(): Promise<void> {
    const rest = this.manager.cluster?.rest;
    if (!rest) return this.post({ type: 'status', text: 'The local cluster is not running; the chart resumes when it is back.' });
    try {
      const snapshot = await fetchCheckpointSnapshot(rest, this.jobId);
      this.series = mergeCheckpointSeries(this.series, snapshot);
      // An ended job's history no longer changes: one last update, then the polling stops.
      this.ended = isEndedJob(snapshot.job.state) && this.series.checkpoints.every((c) => c.status !== 'in_progress');
      await this.post({ type: 'series', series: this.series });
      if (this.ended) await this.post({ type: 'status', text: `The job is ${snapshot.job.state.toLowerCase()}; the chart no longer updates.` });
    } catch (error) {
      await this.post({ type: 'status', text: `Could not read checkpoints: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` });
    }
  }

  private async post(message: ChartMessage): Promise<void> {
    if (!this.disposed) await this.panel.webview.postMessage(message);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.timer);
    for (const subscription of this.subscriptions) subscription.dispose();
    this.panel.dispose();
    this.onDispose();
  }
}

/** The page: a strict CSP (only this nonce'd module and the stylesheet from media/), no inline styles. */
export function chartHtml(webview: Pick<Webview, 'asWebviewUri' | 'cspSource'>, media: Uri, jobName: string): string {
  const nonce = randomBytes(16).toString('base64');
  const script = webview.asWebviewUri(Uri.joinPath(media, 'chart.js'));
  const style = webview.asWebviewUri(Uri.joinPath(media, 'chart.css'));
  const title = escapeHtml(`Checkpoints: ${jobName}`);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource}; img-src ${webview.cspSource}; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}">
<title>${title}</title>
</head>
<body>
<div id="summary">${title}</div>
<div id="legend"><span class="completed">completed</span><span class="failed">failed</span><span class="in_progress">in progress</span><span class="savepoint">savepoint</span><span class="restore">restore</span><span class="failure">failure</span></div>
<div id="chart" role="img" aria-label="${title}: duration and size per checkpoint over time"></div>
<p id="status">Waiting for the first checkpoint statistics…</p>
<script type="module" nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);
}
