import { formatJson } from './json.js';
import type { Formatter } from './report.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

export type { CheckReport, FileReport, Formatter, NotAnalysed, ReportRule } from './report.js';

export const FORMAT_NAMES = ['text', 'json', 'sarif'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

/** Output formats by `--format` name; a new format is a file plus a line here. */
export const formatters: Record<FormatName, Formatter> = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
};
