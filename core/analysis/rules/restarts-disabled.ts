// FLINK006: checkpointing on, but the restart strategy never restarts the job, so the first task
// failure fails it for good and its checkpoints are never used.
import { restartsDisabled } from '../config/restart-and-storage.js';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'FLINK006',
    name: 'restarts-disabled',
    type: 'problem',
    defaultSeverity: 'warning',
    languages: ['java', 'scala', 'python'],
    description: 'A checkpointed job needs a restart strategy that restarts it, or its checkpoints are never used to recover.',
    messages: {
      restartsDisabled:
        'Restarts are disabled ({{how}}): the first task failure fails the job for good, so its checkpoints are never used to recover. Remove this, or choose exponential-delay or fixed-delay with attempts above 0.',
    },
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    return {
      environment(env) {
        const restart = env.restart;
        // Only where it is chosen in this file; config files report their own line.
        if (!restart?.at || !restartsDisabled(restart)) return;
        // Without checkpointing Flink does not restart by default anyway: FLINK001 says what matters.
        if (!env.checkpointing.enabled && !env.external) return;
        const how = restart.strategy === 'none' ? 'no restart strategy' : 'fixed-delay with 0 attempts';
        ctx.report({ range: restart.at, messageId: 'restartsDisabled', data: { how } });
      },
    };
  },
});
