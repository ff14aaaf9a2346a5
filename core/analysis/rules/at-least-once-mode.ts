// FLINK007: checkpointing in AT_LEAST_ONCE mode while the job writes to an exactly-once sink or
// keeps counts in keyed state: without barrier alignment, a recovery can count records twice.
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'FLINK007',
    name: 'at-least-once-mode',
    type: 'suggestion',
    defaultSeverity: 'info',
    languages: ['java', 'scala', 'python'],
    description: 'At-least-once checkpointing undermines exactly-once sinks and counts kept in state.',
    messages: {
      atLeastOnceWithExactlyOnceSink:
        'Checkpointing runs in AT_LEAST_ONCE mode{{origin}} while {{sink}} delivers exactly-once: after a recovery, state may already contain records that are replayed, so the "exactly-once" output holds duplicates. Use EXACTLY_ONCE mode.',
      atLeastOnceWithState:
        'Checkpointing runs in AT_LEAST_ONCE mode{{origin}} while {{operator}} keeps state: after a recovery some records are counted twice. Use EXACTLY_ONCE mode unless duplicates in state are acceptable.',
      relatedSink: 'This sink delivers exactly-once.',
      relatedOperator: 'This operator keeps state.',
    },
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    return {
      environment(env) {
        const cp = env.checkpointing;
        if (env.external || !cp.enabled || cp.mode !== 'at-least-once') return;
        const at = cp.modeAt ?? env.creation;
        const origin = cp.modeAt ? '' : cp.modeOrigin ? ` (set in ${cp.modeOrigin})` : '';
        for (const sink of ctx.model.sinks) {
          if (sink.envId !== env.id || !sink.connector || !sink.connectorId) continue;
          const entry = ctx.catalog.get(sink.connectorId);
          if (!entry || ctx.catalog.resolveGuarantee(entry, sink.connector.calls, ctx.languageId).guarantee !== 'exactly-once') continue;
          ctx.report({ range: at, messageId: 'atLeastOnceWithExactlyOnceSink', data: { origin, sink: entry.displayName }, related: [{ node: sink, messageId: 'relatedSink' }] });
          return;
        }
        const operator = ctx.model.operators.find((op) => op.stateful && op.envId === env.id);
        if (operator) {
          ctx.report({ range: at, messageId: 'atLeastOnceWithState', data: { origin, operator: `${operator.name}(...)` }, related: [{ node: operator, messageId: 'relatedOperator' }] });
        }
      },
    };
  },
});
