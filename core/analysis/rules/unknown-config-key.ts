// FLINK010: a Configuration key meant as a checkpointing option that Flink does not know (a typo,
// or a key that was renamed): Flink ignores it silently, so the setting never takes effect.
// Config files get the same check from config/config-checks.ts.
import { unknownCheckpointingKey } from '../config/known-keys.js';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'FLINK010',
    name: 'unknown-config-key',
    type: 'problem',
    defaultSeverity: 'warning',
    languages: ['java', 'scala', 'python'],
    description: 'Checkpointing options must use keys Flink knows, or they are silently ignored.',
    messages: {
      unknownKey: "Flink does not know the option '{{key}}' and ignores it{{hint}}",
      renameKey: "Rename to '{{suggestion}}'",
    },
    fixable: true,
    hasSuggestions: false,
  },
  create(ctx) {
    return {
      jobExit() {
        for (const { key, range, keyIsLiteral } of ctx.model.configKeys ?? []) {
          const unknown = unknownCheckpointingKey(key);
          if (!unknown) continue;
          const suggestion = unknown.suggestion;
          ctx.report({
            range,
            messageId: 'unknownKey',
            data: { key, hint: suggestion ? `: did you mean '${suggestion}'?` : '.' },
            ...(suggestion && keyIsLiteral
              ? { fix: { messageId: 'renameKey', data: { suggestion }, edits: [{ range, newText: ctx.model.syntax.stringLiteral(suggestion) }] } }
              : {}),
          });
        }
      },
    };
  },
});
