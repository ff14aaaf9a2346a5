// FLINK001: a streaming job whose environment never enables checkpointing.
import type { EnvironmentModel, JobModel } from '../model.js';
import { defineRule } from './rule.js';
import type { Catalog } from '../catalog/catalog.js';

/** AUTOMATIC runs as streaming when any source is unbounded; unknown sources count as unbounded. */
export function runsAsStreaming(env: EnvironmentModel, model: JobModel, catalog: Catalog): boolean {
  if (env.runtimeMode === 'streaming') return true;
  if (env.runtimeMode === 'batch') return false;
  return model.sources.some((s) => s.envId === env.id && (s.connectorId ? catalog.get(s.connectorId)?.bounded !== true : true));
}

export default defineRule({
  meta: {
    id: 'FLINK001',
    name: 'checkpointing-disabled',
    type: 'problem',
    defaultSeverity: 'warning',
    languages: ['java', 'scala', 'python'],
    description: 'Streaming jobs must enable checkpointing, or state and source positions are lost on every failure.',
    messages: {
      checkpointingDisabled:
        'Checkpointing is never enabled for this streaming job: after a failure its state and source positions are lost, so records are lost or duplicated, and transactional sinks never commit.',
      checkpointingUndone:
        'disableCheckpointing() turns checkpointing off again after it was enabled: after a failure this job\'s state and source positions are lost, so records are lost or duplicated, and transactional sinks never commit.',
      relatedEnabled: 'Checkpointing is enabled here first.',
      enableCheckpointing: 'Enable checkpointing every {{interval}} ms',
    },
    fixable: true,
    hasSuggestions: false,
  },
  create(ctx) {
    return {
      environment(env) {
        if (env.external || env.checkpointing.enabled || !runsAsStreaming(env, ctx.model, ctx.catalog)) return;
        const undone = env.checkpointing.disabledAt;
        if (undone) {
          const enabledAt = env.checkpointing.enabledAt;
          ctx.report({ range: undone, messageId: 'checkpointingUndone', related: enabledAt ? [{ range: enabledAt, messageId: 'relatedEnabled' }] : [] });
          return;
        }
        const insertion = env.insertion;
        const interval = ctx.settings.checkpointIntervalMs;
        ctx.report({
          range: env.creation,
          messageId: 'checkpointingDisabled',
          ...(insertion
            ? {
                fix: {
                  messageId: 'enableCheckpointing',
                  data: { interval },
                  edits: [{
                    range: { start: insertion.position, end: insertion.position },
                    newText: `\n${insertion.indent}${ctx.model.syntax.callStatement(insertion.receiver, 'enableCheckpointing', [String(interval)])}`,
                  }],
                },
              }
            : {}),
        });
      },
    };
  },
});
