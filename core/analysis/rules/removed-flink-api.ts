// FLINK009: an API that Flink 2.0 removed, used in a project that targets 2.x (the version comes
// from the build files or the `flinkFt.flinkVersion` setting; without one the rule is silent).
import { formatVersion, parseFlinkVersion } from '../version/flink-version.js';
import { removedApiOf } from '../version/removed-apis.js';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'FLINK009',
    name: 'removed-flink-api',
    type: 'problem',
    defaultSeverity: 'warning',
    languages: ['java', 'scala', 'python'],
    description: 'APIs removed in Flink 2.0 must not be used by a project that targets Flink 2.x.',
    messages: {
      removedApi: '{{api}} was removed in Flink 2.0 and this project targets Flink {{version}}: the job does not compile or start. Use {{replacement}}.',
    },
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    const version = parseFlinkVersion(ctx.settings.flinkVersion);
    return {
      jobExit() {
        if (!version || version.major < 2) return;
        for (const call of ctx.model.apiCalls ?? []) {
          const removed = removedApiOf(call);
          if (!removed) continue;
          const api = call.receiver === 'checkpointConfig' ? `CheckpointConfig.${call.name}()` : call.receiver === 'stream' ? `DataStream.${call.name}()` : `StreamExecutionEnvironment.${call.name}()`;
          ctx.report({ range: call.range, messageId: 'removedApi', data: { api, version: formatVersion(version), replacement: removed.replacement } });
        }
      },
    };
  },
});
