// Markdown hovers on sources, sinks and checkpoint calls explaining what each guarantees here.
import type { Catalog } from './catalog/catalog.js';
import { formatDuration } from './format-duration.js';
import { checkpointingKnown, type EnvironmentModel, type JobModel } from './model.js';
import { runsAsStreaming } from './rules/checkpointing-disabled.js';
import type { HoverInfo } from './types.js';

function checkpointState(env: EnvironmentModel | undefined): string {
  if (!env) return '';
  if (!checkpointingKnown(env)) return '\n\nThe environment comes from outside this file: its checkpointing is not visible here.';
  const cp = env.checkpointing;
  if (!cp.enabled) return env.callers ? `\n\nCheckpointing is **off** in the job that calls this code (${env.callers.origin}).` : '\n\nCheckpointing is **off** for this job.';
  const every = cp.intervalMs !== undefined ? ` every ${formatDuration(cp.intervalMs)}` : '';
  const from = cp.origin ? ` (from ${cp.origin})` : '';
  const modeFrom = cp.modeOrigin ? ` (from ${cp.modeOrigin})` : '';
  return `\n\nCheckpointing is on${every}${from}, mode ${cp.mode === 'exactly-once' ? 'EXACTLY_ONCE' : 'AT_LEAST_ONCE'}${modeFrom}.`;
}

export function buildHovers(model: JobModel, catalog: Catalog): HoverInfo[] {
  const hovers: HoverInfo[] = [];
  const environments = new Map(model.environments.map((env) => [env.id, env]));
  for (const source of model.sources) {
    const env = source.envId === undefined ? undefined : environments.get(source.envId);
    if (source.custom) {
      const c = source.custom;
      const verdict = c.checkpointed
        ? 'implements checkpointed state: replayable if it stores its read position and emits under the checkpoint lock.'
        : '**not replayable**: it implements neither `CheckpointedFunction` nor `ListCheckpointed`, so its read position is lost on failure (at-most-once).';
      hovers.push({ range: source.range, markdown: `**Source: ${c.name}** (custom \`${c.bases[0] ?? 'SourceFunction'}\`) — ${verdict}${checkpointState(env)}` });
      continue;
    }
    const entry = source.connectorId ? catalog.get(source.connectorId) : undefined;
    if (!entry) continue;
    const { guarantee } = catalog.resolveGuarantee(entry, source.connector?.calls ?? [], model.languageId);
    hovers.push({
      range: source.range,
      markdown: `**Source: ${entry.displayName}** — ${entry.replayable ? 'replayable' : 'not replayable'}, ${guarantee}\n\n${entry.explanation}${checkpointState(env)}`,
    });
  }
  for (const sink of model.sinks) {
    const entry = sink.connectorId ? catalog.get(sink.connectorId) : undefined;
    if (!entry || !sink.connector) continue;
    const env = sink.envId === undefined ? undefined : environments.get(sink.envId);
    const resolved = catalog.resolveGuarantee(entry, sink.connector.calls, model.languageId);
    const how = resolved.guarantee === 'unknown'
      ? `guarantee chosen at run time (\`${resolved.decidedBy?.method ?? ''}(...)\` is given a value, not a constant)`
      : `${resolved.guarantee}${resolved.decidedBy ? ` (set by \`${resolved.decidedValue ?? resolved.decidedBy.method}\`)` : ' (default)'}`;
    let warning = '';
    if (env && runsAsStreaming(env, model, catalog) && !env.checkpointing.enabled && catalog.commitsOnCheckpoint(entry, resolved.guarantee)) {
      warning = '\n\n⚠️ Output is committed on checkpoints, and checkpointing is off: nothing is ever committed.';
    }
    hovers.push({
      range: sink.range,
      markdown: `**Sink: ${entry.displayName}** — ${how}\n\n${entry.explanation}${checkpointState(env)}${warning}`,
    });
  }
  for (const env of model.environments) {
    const cp = env.checkpointing;
    for (const call of cp.calls) {
      const mode = cp.mode === 'exactly-once' ? 'EXACTLY_ONCE' : 'AT_LEAST_ONCE';
      const meaning =
        cp.mode === 'exactly-once'
          ? 'Operator state is restored exactly once after a failure; end-to-end exactly-once also needs replayable sources and transactional or idempotent sinks.'
          : 'State may reflect some records twice after a failure (no barrier alignment).';
      hovers.push({ range: call.range, markdown: `**Checkpointing** — this call ${call.effect}.\n\nEffective mode: ${mode}${cp.intervalMs !== undefined ? `, interval ${formatDuration(cp.intervalMs)}` : ''}. ${meaning}` });
    }
  }
  return hovers;
}
