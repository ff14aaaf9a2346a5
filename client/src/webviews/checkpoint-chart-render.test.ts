// The chart's drawing function (media/checkpoint-chart/chart.js, the webview script) in Node:
// series in, SVG markup out.
import { describe, expect, it } from 'vitest';
import { mergeCheckpointSeries, type CheckpointSeries } from './checkpoint-history.js';
import { JOB_ID, T0, checkpointStats, exceptions } from '../../../core/jobs/test-support/job-rest-fixtures.js';
import { escapeXml, renderCheckpointChart, summaryText } from '../../../media/checkpoint-chart/chart.js';

const series: CheckpointSeries = mergeCheckpointSeries(undefined, {
  job: { jid: JOB_ID, name: 'Counts <&>', state: 'RUNNING' },
  stats: checkpointStats,
  exceptions,
  now: T0 + 200_000,
});
const size = { width: 672, height: 360, timeZone: 'UTC' };

/** Attributes of every element with `tag` inside groups of `groupClass`, in document order. */
function groups(svg: string, groupClass: string): string[] {
  return [...svg.matchAll(new RegExp(`<g class="${groupClass}[^"]*"[^>]*>[\\s\\S]*?</g>`, 'g'))].map((m) => m[0]);
}

describe('renderCheckpointChart', () => {
  const svg = renderCheckpointChart(series, size);

  it('draws one bar group per checkpoint, coloured by status, with duration and size bars', () => {
    const bars = groups(svg, 'bar');
    expect(bars.map((b) => /class="([^"]+)" data-id="(\d+)"/.exec(b)?.slice(1).join('#'))).toEqual(['bar completed#10', 'bar failed#11', 'bar completed#19', 'bar in_progress#20']);
    // Completed checkpoints with state get a size bar too; failed and in-progress ones (size 0) only a duration bar.
    expect(bars.map((b) => b.match(/<rect /g)?.length)).toEqual([2, 1, 2, 1]);
    expect(bars[2]).toContain(`<title>Checkpoint #19 completed · triggered 12:03:00 · 45 ms · 1.2 KB\nfile:/flink-data/checkpoints/${JOB_ID}/chk-19</title>`);
  });

  it('scales durations to the longest and places bars by trigger time', () => {
    const rects = groups(svg, 'bar').map((b) => [...b.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)].map((m) => m.slice(1).map(Number)));
    // Plot: x from 72 to 656 (584 wide), duration panel 22..177 (155 high: 55 % of 360 minus margins and the gap); the failed #11 took longest (8.5 s).
    const failedDuration = rects[1]![0]!;
    expect(failedDuration[3]).toBe(155);
    expect(failedDuration[1]).toBe(22);
    const xs = rects.map((r) => r[0]![0]!);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    // #10 triggered at T0+100 s, the chart spans T0+100 s .. T0+200 s (the last poll): it sits at the left edge.
    expect(xs[0]).toBe(72);
  });

  it('marks restores and failures as vertical lines with what happened', () => {
    const markers = groups(svg, 'marker');
    expect(markers.map((m) => /class="(marker \w+)"/.exec(m)?.[1])).toEqual(['marker failure', 'marker restore']);
    expect(markers[1]).toContain('<text');
    expect(markers[1]).toContain('↺ #10');
    expect(markers[1]).toContain('<title>Restore at 12:02:05: restored from checkpoint #10');
    expect(markers[0]).toContain('Failure at 12:01:58: java.util.concurrent.TimeoutException: Heartbeat of TaskManager with id tm-2 timed out.');
  });

  it('labels the time axis and the panels', () => {
    expect([...svg.matchAll(/<text class="axis"[^>]*>([^<]+)</g)].map((m) => m[1])).toEqual(['12:01:40', '12:02:30', '12:03:20']);
    expect(svg).toContain('>Duration</text>');
    expect(svg).toContain('>max 8.5 s</text>');
    expect(svg).toContain('>max 1.2 KB</text>');
  });

  it('explains an empty chart instead of drawing nothing', () => {
    expect(renderCheckpointChart({ ...series, checkpointing: false, checkpoints: [] }, size)).toContain('Checkpointing is off for this job');
    expect(renderCheckpointChart({ ...series, checkpoints: [] }, size)).toContain('No checkpoint yet');
  });

  it('escapes text and summarises the counts', () => {
    expect(escapeXml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;');
    expect(summaryText(series)).toBe('Counts <&> · running · 18 completed · 1 failed · 1 in progress · 1 restored');
  });
});
