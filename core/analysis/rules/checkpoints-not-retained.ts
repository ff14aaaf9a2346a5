// FLINK005: checkpoints written to a durable location but deleted when the job is cancelled or
// stopped, so there is nothing to resume from. The fix uses the API of the project's Flink version.
import { versionApi } from '../version/version-api.js';
import { parseFlinkVersion } from '../version/flink-version.js';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'FLINK005',
    name: 'checkpoints-not-retained',
    type: 'suggestion',
    defaultSeverity: 'info',
    languages: ['java', 'scala', 'python'],
    description: 'Checkpoints stored in a durable location should be retained on cancellation, or the job cannot be resumed from them.',
    messages: {
      notRetained:
        'Checkpoints go to {{location}}, but {{retention}}: cancelling or stopping the job deletes them, so it cannot be resumed from its latest checkpoint.',
      retainCheckpoints: 'Keep checkpoints on cancellation ({{call}})',
    },
    fixable: true,
    hasSuggestions: false,
  },
  create(ctx) {
    return {
      environment(env) {
        const cp = env.checkpointing;
        if (!cp.enabled || !cp.storage?.at || cp.retention === 'RETAIN_ON_CANCELLATION') return;
        const retention = cp.retention ? `retention is ${cp.retention}` : 'no retention is set';
        // A pre-1.13 state backend means a 1.x job: the oldest spelling compiles on all of 1.x.
        const version = parseFlinkVersion(ctx.settings.flinkVersion) ?? (cp.storage.legacyBackend ? { major: 1, minor: 14 } : undefined);
        const api = versionApi(version).retention;
        const python = ctx.languageId === 'python';
        const syntax = ctx.model.syntax;
        const insertion = env.insertion;
        const constant = python ? `${api.pythonEnumType}.${api.constant}` : syntax.enumConstant(api.enumType, api.constant);
        const method = python ? api.pythonMethod : api.method;
        const fix = insertion && cp.retention === undefined
          ? (() => {
              const receiver = `${insertion.receiver}.${python ? 'get_checkpoint_config()' : 'getCheckpointConfig()'}`;
              const importEdit = syntax.importEdit(python ? api.pythonImport : api.enumImport);
              return {
                messageId: 'retainCheckpoints' as const,
                data: { call: `${method}(${constant})` },
                edits: [
                  { range: { start: insertion.position, end: insertion.position }, newText: `\n${insertion.indent}${syntax.callStatement(receiver, method, [constant])}` },
                  ...(importEdit ? [importEdit] : []),
                ],
              };
            })()
          : undefined;
        ctx.report({ range: cp.storage.at, messageId: 'notRetained', data: { location: cp.storage.location, retention }, ...(fix ? { fix } : {}) });
      },
    };
  },
});
