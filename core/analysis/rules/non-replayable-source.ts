// FLINK002: a source that cannot rewind to its checkpointed position, so records are lost on failure.
import { checkpointingKnown, type SourceModel } from '../model.js';
import { defineRule, type RuleContext } from './rule.js';

/**
 * Replay matters only to a job that checkpoints: without checkpointing nothing is recovered at all,
 * and FLINK001 already says so (one finding per root cause). An environment created elsewhere
 * (a parameter, a factory in another file) may checkpoint, so its sources are still judged, unless
 * the callers that pass it in were seen and none checkpoints.
 */
function replayMatters(source: SourceModel, ctx: RuleContext<string>): boolean {
  const env = ctx.environment(source.envId);
  return !env || !checkpointingKnown(env) || env.checkpointing.enabled;
}

export default defineRule({
  meta: {
    id: 'FLINK002',
    name: 'non-replayable-source',
    type: 'problem',
    defaultSeverity: 'warning',
    languages: ['java', 'scala', 'python'],
    description: 'Sources must be able to replay from a checkpointed position, or records read before a failure are lost.',
    messages: {
      atMostOnceSource:
        '{{source}} cannot replay records after a failure: everything read since the last checkpoint is lost (at-most-once).',
      uncheckpointedCustomSource:
        '{{className}} extends {{base}} but implements neither CheckpointedFunction nor ListCheckpointed: its read position is not checkpointed, so records are lost or re-read after a failure.',
      sourceClass: '{{className}} is declared here.',
    },
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    return {
      source(source) {
        if (!replayMatters(source, ctx)) return;
        if (source.custom) {
          if (source.custom.checkpointed) return;
          const className = source.custom.anonymous ? `The anonymous ${source.custom.name}` : source.custom.name;
          ctx.report({
            node: source,
            messageId: 'uncheckpointedCustomSource',
            data: { className, base: source.custom.bases[0] ?? 'SourceFunction' },
            related: source.custom.anonymous ? [] : [{ range: source.custom.range, messageId: 'sourceClass', data: { className }, ...(source.custom.uri ? { uri: source.custom.uri } : {}) }],
          });
          return;
        }
        const entry = source.connectorId ? ctx.catalog.get(source.connectorId) : undefined;
        if (!entry) return;
        const { guarantee } = ctx.catalog.resolveGuarantee(entry, source.connector?.calls ?? [], ctx.languageId);
        if (guarantee === 'at-most-once' || guarantee === 'none') {
          ctx.report({ node: source, messageId: 'atMostOnceSource', data: { source: entry.displayName } });
        }
      },
    };
  },
});
