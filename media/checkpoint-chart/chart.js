// @ts-check
// The checkpoint chart's webview script: draws a job's checkpoint history as plain SVG (duration
// and size bars over time, coloured by status, restores and failures as vertical lines) from the
// series the extension posts every ~2 s. No libraries, no network: the webview's CSP allows only
// this nonce'd module and the stylesheet beside it. `renderCheckpointChart` is pure (data in,
// SVG markup out), so client/src/webviews/checkpoint-chart-render.test.ts tests it in Node.

/** @typedef {import('../../core/jobs/checkpoint-history.js').CheckpointSeries} CheckpointSeries */
/** @typedef {{ width: number; height: number; timeZone?: string }} ChartSize */

const MARGIN = { left: 72, right: 16, top: 22, bottom: 26 };
const PANEL_GAP = 30;
const STATUS_WORDS = { completed: 'completed', failed: 'failed', in_progress: 'in progress' };

/**
 * SVG markup of the chart.
 * @param {CheckpointSeries} series
 * @param {ChartSize} size
 * @returns {string}
 */
export function renderCheckpointChart(series, size) {
  const { width, height } = size;
  const open = `<svg xmlns="http://www.w3.org/2000/svg" class="checkpoint-chart" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`;
  if (!series.checkpointing) return `${open}${message(width, height, 'Checkpointing is off for this job: a failure restarts it from scratch and its state is lost.')}</svg>`;
  if (series.checkpoints.length === 0) return `${open}${message(width, height, 'No checkpoint yet: the first one starts one checkpoint interval after the job runs.')}</svg>`;

  const plotW = Math.max(10, width - MARGIN.left - MARGIN.right);
  const plotH = Math.max(20, height - MARGIN.top - MARGIN.bottom - PANEL_GAP);
  const durationH = Math.round(plotH * 0.55);
  const sizeH = plotH - durationH;
  const durationTop = MARGIN.top;
  const sizeTop = durationTop + durationH + PANEL_GAP;
  const bottom = sizeTop + sizeH;

  const points = series.checkpoints;
  const t0 = Math.min(points[0].triggerTime, ...series.markers.map((m) => m.time));
  const t1 = Math.max(series.updatedAt, ...points.map((p) => p.triggerTime + p.durationMs));
  const span = Math.max(1000, t1 - t0);
  const barW = Math.max(2, Math.min(24, (plotW / points.length) * 0.6));
  const x = (/** @type {number} */ t) => MARGIN.left + barW / 2 + ((t - t0) / span) * (plotW - barW);
  const maxDuration = Math.max(1, ...points.map((p) => p.durationMs));
  const maxSize = Math.max(1, ...points.map((p) => p.sizeBytes));

  const parts = [open];
  parts.push(panelFrame(durationTop, durationH, plotW, `Duration (max ${formatMillis(maxDuration)})`));
  parts.push(panelFrame(sizeTop, sizeH, plotW, `Size (max ${formatBytes(maxSize)})`));
  for (const p of points) {
    const classes = `bar ${p.status}${p.savepoint ? ' savepoint' : ''}`;
    const tip = `${p.savepoint ? 'Savepoint' : 'Checkpoint'} #${p.id} ${STATUS_WORDS[p.status]} · triggered ${formatClock(p.triggerTime, size.timeZone)} · ${formatMillis(p.durationMs)} · ${formatBytes(p.sizeBytes)}${p.path ? `\n${p.path}` : ''}`;
    const left = round(x(p.triggerTime) - barW / 2);
    const dh = Math.max(1, (p.durationMs / maxDuration) * durationH);
    const sh = p.sizeBytes > 0 ? Math.max(1, (p.sizeBytes / maxSize) * sizeH) : 0;
    parts.push(`<g class="${classes}" data-id="${p.id}"><title>${escapeXml(tip)}</title>`);
    parts.push(`<rect x="${left}" y="${round(durationTop + durationH - dh)}" width="${round(barW)}" height="${round(dh)}"/>`);
    if (sh > 0) parts.push(`<rect x="${left}" y="${round(sizeTop + sizeH - sh)}" width="${round(barW)}" height="${round(sh)}"/>`);
    parts.push('</g>');
  }
  for (const m of series.markers) {
    const mx = round(x(m.time));
    const tip = `${m.kind === 'restore' ? 'Restore' : 'Failure'} at ${formatClock(m.time, size.timeZone)}: ${m.label}${m.path ? `\n${m.path}` : ''}`;
    parts.push(`<g class="marker ${m.kind}"><title>${escapeXml(tip)}</title>`);
    parts.push(`<line x1="${mx}" y1="${durationTop - 6}" x2="${mx}" y2="${bottom}"/>`);
    if (m.kind === 'restore') parts.push(`<text x="${mx + 3}" y="${durationTop + 4}">↺${m.checkpointId !== undefined ? ` #${m.checkpointId}` : ''}</text>`);
    parts.push('</g>');
  }
  for (const [t, anchor] of /** @type {const} */ ([[t0, 'start'], [t0 + span / 2, 'middle'], [t0 + span, 'end']])) {
    parts.push(`<text class="axis" x="${round(x(t))}" y="${bottom + 18}" text-anchor="${anchor}">${formatClock(t, size.timeZone)}</text>`);
  }
  parts.push('</svg>');
  return parts.join('');
}

/**
 * The line above the chart: job, state and counts.
 * @param {CheckpointSeries} series
 * @returns {string}
 */
export function summaryText(series) {
  const c = series.counts;
  const counts = c ? `${c.completed} completed · ${c.failed} failed · ${c.inProgress} in progress · ${c.restored} restored` : 'no checkpointing';
  return `${series.jobName} · ${series.state.toLowerCase()} · ${counts}`;
}

/** @param {number} top @param {number} h @param {number} plotW @param {string} title */
function panelFrame(top, h, plotW, title) {
  return (
    `<text class="panel-title" x="${MARGIN.left - 8}" y="${top + 10}" text-anchor="end">${escapeXml(title.split(' (')[0] ?? title)}</text>` +
    `<text class="panel-max" x="${MARGIN.left - 8}" y="${top + 24}" text-anchor="end">${escapeXml(title.slice(title.indexOf('(') + 1, -1))}</text>` +
    `<line class="baseline" x1="${MARGIN.left}" y1="${top + h}" x2="${MARGIN.left + plotW}" y2="${top + h}"/>`
  );
}

/** @param {number} width @param {number} height @param {string} text */
function message(width, height, text) {
  return `<text class="empty" x="${round(width / 2)}" y="${round(height / 2)}" text-anchor="middle">${escapeXml(text)}</text>`;
}

/** @param {string} text */
export function escapeXml(text) {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);
}

/** @param {number} value */
function round(value) {
  return Math.round(value * 10) / 10;
}

/** @param {number} ms */
function formatMillis(ms) {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 10_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.round(ms / 1000)} s`;
}

/** @param {number} bytes */
function formatBytes(bytes) {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${value} B` : `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

/** @param {number} epochMs @param {string | undefined} timeZone */
function formatClock(epochMs, timeZone) {
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', ...(timeZone ? { timeZone } : {}) }).format(epochMs);
}

// ---- in the webview only -------------------------------------------------------------------

/** @type {undefined | (() => { postMessage(message: unknown): void })} */
// eslint-disable-next-line no-undef
const acquire = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi : undefined;
if (acquire) {
  const vscode = acquire();
  const doc = /** @type {any} */ (globalThis).document;
  const chart = doc.getElementById('chart');
  const summary = doc.getElementById('summary');
  const status = doc.getElementById('status');
  /** @type {CheckpointSeries | undefined} */
  let latest;
  const draw = () => {
    if (!latest) return;
    summary.textContent = summaryText(latest);
    chart.innerHTML = renderCheckpointChart(latest, { width: Math.max(320, chart.clientWidth), height: 360 });
  };
  globalThis.addEventListener('message', (/** @type {any} */ event) => {
    const msg = event.data;
    if (msg?.type === 'series') {
      latest = msg.series;
      status.textContent = '';
      draw();
    } else if (msg?.type === 'status') {
      status.textContent = msg.text;
    }
  });
  globalThis.addEventListener('resize', draw);
  vscode.postMessage({ type: 'ready' });
}
