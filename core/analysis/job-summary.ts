// The end-to-end guarantee of each job (one per execute site): the weakest link among the
// checkpointing mode, the sources and the sinks of its environment.
import type { Catalog } from './catalog/catalog.js';
import type { EnvironmentModel, JobModel, SinkModel, SourceModel } from './model.js';
import { guaranteeRank } from './model.js';
import { formatDuration } from './format-duration.js';
import { runsAsStreaming } from './rules/checkpointing-disabled.js';
import type { GuaranteeOrUnknown, JobSummary, Range } from './types.js';

interface Link {
  guarantee: GuaranteeOrUnknown;
  /** e.g. `print() on line 12`. */
  reason: string;
  at: Range;
}

function onLine(range: Range): string {
  return `on line ${range.start.line + 1}`;
}

const CONSTANT: Record<GuaranteeOrUnknown, string> = { none: 'NONE', 'at-most-once': 'AT_MOST_ONCE', 'at-least-once': 'AT_LEAST_ONCE', 'exactly-once': 'EXACTLY_ONCE', unknown: 'guarantee chosen at run time' };

export function sourceLink(source: SourceModel, model: JobModel, catalog: Catalog): Link | undefined {
  if (source.custom) {
    return source.custom.checkpointed ? undefined : { guarantee: 'at-most-once', reason: `${source.custom.name} ${onLine(source.range)}`, at: source.range };
  }
  const entry = source.connectorId ? catalog.get(source.connectorId) : undefined;
  if (!entry) return undefined;
  const { guarantee } = catalog.resolveGuarantee(entry, source.connector?.calls ?? [], model.languageId);
  return { guarantee, reason: `${source.callName} ${onLine(source.range)}`, at: source.range };
}

export function sinkLink(sink: SinkModel, model: JobModel, catalog: Catalog, streaming: boolean, checkpointing: boolean): Link | undefined {
  const entry = sink.connectorId ? catalog.get(sink.connectorId) : undefined;
  if (!entry || !sink.connector) return undefined;
  const resolved = catalog.resolveGuarantee(entry, sink.connector.calls, model.languageId);
  const where = onLine(sink.range);
  if (catalog.missingRequirements(entry, resolved.guarantee, sink.connector.calls, model.languageId).length > 0) {
    return { guarantee: 'none', reason: `${entry.displayName} cannot start ${where}`, at: sink.range };
  }
  if (streaming && !checkpointing && catalog.commitsOnCheckpoint(entry, resolved.guarantee)) {
    return { guarantee: 'none', reason: `${entry.displayName} never commits ${where}`, at: sink.range };
  }
  const label = entry.guarantee.setter || entry.guarantee.argEnum ? `${entry.displayName} ${CONSTANT[resolved.guarantee]}` : sink.displayName;
  return { guarantee: resolved.guarantee, reason: `${label} ${where}`, at: sink.range };
}

function summarize(env: EnvironmentModel, model: JobModel, catalog: Catalog): { guarantee: GuaranteeOrUnknown; reason: string } {
  const streaming = runsAsStreaming(env, model, catalog);
  const checkpointing = env.checkpointing;
  if (streaming && !checkpointing.enabled) return { guarantee: 'none', reason: 'checkpointing off' };
  const links: Link[] = [];
  if (streaming && checkpointing.mode === 'at-least-once' && checkpointing.modeAt) {
    links.push({ guarantee: 'at-least-once', reason: `checkpointing mode AT_LEAST_ONCE ${onLine(checkpointing.modeAt)}`, at: checkpointing.modeAt });
  }
  for (const source of model.sources) {
    if (source.envId !== env.id) continue;
    const link = sourceLink(source, model, catalog);
    if (link) links.push(link);
  }
  for (const sink of model.sinks) {
    if (sink.envId !== env.id) continue;
    const link = sinkLink(sink, model, catalog, streaming, checkpointing.enabled);
    if (link) links.push(link);
  }
  // The weakest link wins; among equals, the first in the file.
  let weakest: Link | undefined;
  for (const link of links) {
    if (!weakest || guaranteeRank[link.guarantee] < guaranteeRank[weakest.guarantee]) weakest = link;
  }
  if (!weakest || weakest.guarantee === 'exactly-once') {
    return { guarantee: 'exactly-once', reason: streaming ? 'checkpointing on, replayable sources, exactly-once sinks' : 'batch job, exactly-once sinks' };
  }
  return { guarantee: weakest.guarantee, reason: weakest.reason };
}

export function summarizeJobs(model: JobModel, catalog: Catalog): JobSummary[] {
  const environments = new Map(model.environments.map((env) => [env.id, env]));
  const summaries: JobSummary[] = [];
  for (const execute of model.executions) {
    const env = execute.envId === undefined ? undefined : environments.get(execute.envId);
    if (!env || env.external) continue;
    const { guarantee, reason } = summarize(env, model, catalog);
    const cp = env.checkpointing;
    // Checkpointing configured outside this file (a config file, a helper): say where it comes from.
    const origin = cp.enabled && cp.origin ? ` (checkpointing: ${cp.intervalMs !== undefined ? `${formatDuration(cp.intervalMs)} ` : ''}from ${cp.origin})` : '';
    const title = (guarantee === 'exactly-once' ? 'Flink: exactly-once' : `Flink: ${guarantee} — ${reason}`) + origin;
    summaries.push({ executeRange: execute.range, guarantee, reason, title });
  }
  return summaries;
}
