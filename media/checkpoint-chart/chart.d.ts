// Types of chart.js (a plain module the webview loads as is) for the TypeScript that tests it.
import type { CheckpointSeries } from '../../core/jobs/checkpoint-history.js';

export interface ChartSize {
  width: number;
  height: number;
  /** IANA zone for the time axis; the webview's own zone when absent. */
  timeZone?: string;
}

export function renderCheckpointChart(series: CheckpointSeries, size: ChartSize): string;
export function summaryText(series: CheckpointSeries): string;
export function escapeXml(text: string): string;
