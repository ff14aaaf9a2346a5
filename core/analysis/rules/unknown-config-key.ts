// FLINK010: a Configuration key meant as a checkpointing, state-recovery or restart-strategy option
// that Flink does not know (a typo, a renamed key, or on 2.x a key 2.0 removed): Flink ignores it
// silently, so the setting never takes effect. Config files get the same check from
// config/config-checks.ts.
import { unknownConfigKey } from '../config/known-keys.js';
import { formatVersion, parseFlinkVersion } from '../version/flink-version.js';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'FLINK010',
    name: 'unknown-config-key',
    type: 'problem',
    defaultSeverity: 'warning',
    languages: ['java', 'scala', 'python'],
    description: 'Checkpointing, state-recovery and restart options must use keys Flink knows, or they are silently ignored.',
    messages: {
      unknownKey: "Flink does not know the option '{{key}}' and ignores it{{hint}}",
      removedKey: "Flink {{version}} no longer has the option '{{key}}' (removed in 2.0) and ignores it. Use {{replacement}}.",
      renameKey: "Rename to '{{suggestion}}'",
    },
    fixable: true,
    hasSuggestions: false,
  },
  create(ctx) {
    const version = parseFlinkVersion(ctx.settings.flinkVersion);
    return {
      jobExit() {
        for (const { key, range, keyIsLiteral } of ctx.model.configKeys ?? []) {
          const unknown = unknownConfigKey(key, version);
          if (!unknown) continue;
          if (unknown.removedIn2 !== undefined && version) {
            ctx.report({ range, messageId: 'removedKey', data: { key, version: formatVersion(version), replacement: unknown.removedIn2 } });
            continue;
          }
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
