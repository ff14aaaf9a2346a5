// FLINK009: an API that Flink 2.0 removed, used in a project that targets 2.x (the version comes
// from the build files or the `flinkFt.flinkVersion` setting; without one the rule is silent).
// Calls come from the front ends (`apiCalls`), imports from the import scan; what is removed, and
// where that was checked, is data in version/removed-apis.ts and version/removed-classes.ts.
import type { ApiCallModel, ImportModel } from '../model.js';
import type { FlinkVersion } from '../version/flink-version.js';
import { formatVersion, parseFlinkVersion } from '../version/flink-version.js';
import { removedApiOf } from '../version/removed-apis.js';
import { removedClassOf } from '../version/removed-classes.js';
import { versionApi } from '../version/version-api.js';
import type { FixDescriptor, RuleContext } from './rule.js';
import { defineRule } from './rule.js';
import { sameRange } from './same-range.js';

const RETENTION_CONSTANTS = new Set(['RETAIN_ON_CANCELLATION', 'DELETE_ON_CANCELLATION', 'NO_EXTERNALIZED_CHECKPOINTS']);
const RETENTION_METHODS = new Set(['enableExternalizedCheckpoints', 'setExternalizedCheckpointCleanup', 'enable_externalized_checkpoints', 'set_externalized_checkpoint_cleanup']);

const messages = {
  removedApi: '{{api}} was removed in Flink 2.0 and this project targets Flink {{version}}: the job does not compile or start. Use {{replacement}}.',
  legacyOnlyApi:
    "{{api}} takes only Flink's internal legacy {{legacyType}} on Flink {{version}}: the public SourceFunction and SinkFunction types were removed in 2.0, so {{consequence}}. Use {{replacement}}.",
  removedClass: '{{name}} was removed in Flink 2.0 and this project targets Flink {{version}}: {{consequence}}. Use {{replacement}}.',
  movedClass: '{{name}} moved to {{movedTo}} in Flink 2.0 and this project targets Flink {{version}}: the import does not compile.',
  pythonRuntimeTrap:
    'PyFlink {{version}} still ships {{short}}, but the Java class it wraps was removed in Flink 2.0: the import works and the job fails when it runs (a Py4J error). Use {{replacement}}.',
  useRetention: 'Use {{call}}',
  enableWithInterval: 'Use {{call}}',
  importMoved: 'Import {{movedTo}}',
};
type MessageId = keyof typeof messages;

export default defineRule({
  meta: {
    id: 'FLINK009',
    name: 'removed-flink-api',
    type: 'problem',
    defaultSeverity: 'warning',
    languages: ['java', 'scala', 'python'],
    description: 'APIs removed in Flink 2.0 must not be used by a project that targets Flink 2.x.',
    messages,
    fixable: true,
    hasSuggestions: false,
  },
  create(ctx) {
    const version = parseFlinkVersion(ctx.settings.flinkVersion);
    return {
      jobExit() {
        if (!version || version.major < 2) return;
        const shown = formatVersion(version);
        for (const call of ctx.model.apiCalls ?? []) {
          const removed = removedApiOf(call);
          if (!removed) continue;
          const api = call.receiver === 'checkpointConfig' ? `CheckpointConfig.${call.name}()` : call.receiver === 'stream' ? `DataStream.${call.name}()` : `StreamExecutionEnvironment.${call.name}()`;
          const fix = callFix(ctx, call, version);
          ctx.report({
            range: call.range,
            messageId: removed.kind === 'legacy-only' ? 'legacyOnlyApi' : 'removedApi',
            data: { api, version: shown, replacement: (ctx.languageId === 'python' ? removed.pythonReplacement : undefined) ?? removed.replacement, legacyType: call.receiver === 'stream' ? 'SinkFunction' : 'SourceFunction',
              consequence: ctx.languageId === 'python' ? 'a Python wrapper of a removed Java function fails when the job runs' : 'the function passed here no longer compiles' },
            ...(fix ? { fix } : {}),
          });
        }
        for (const imported of ctx.model.imports ?? []) reportImport(ctx, imported, shown);
      },
    };
  },
});

function reportImport(ctx: RuleContext<MessageId>, imported: ImportModel, version: string): void {
  const removed = removedClassOf(imported.name);
  if (!removed) return;
  const range = imported.range;
  if (removed.kind === 'runtime-trap') {
    if (ctx.languageId !== 'python') return;
    ctx.report({ range, messageId: 'pythonRuntimeTrap', data: { version, short: imported.name.split('.').pop()!, replacement: removed.replacement } });
    return;
  }
  if (removed.kind === 'moved' && removed.movedTo) {
    // Only a whole qualified name can be rewritten in place (not one name of a Scala `{...}` list).
    const whole = range.start.line === range.end.line && range.end.character - range.start.character === imported.name.length;
    ctx.report({
      range, messageId: 'movedClass', data: { name: imported.name, movedTo: removed.movedTo, version },
      ...(whole ? { fix: { messageId: 'importMoved', data: { movedTo: removed.movedTo }, edits: [{ range, newText: removed.movedTo }] } } : {}),
    });
    return;
  }
  const consequence = ctx.languageId === 'python' ? 'the import raises ImportError' : 'the import does not compile';
  ctx.report({ range, messageId: 'removedClass', data: { name: imported.name, version, consequence, replacement: removed.replacement } });
}

/** A rewrite into the 2.x API where one is mechanical: retention, and `enableCheckpointing()`. */
function callFix(ctx: RuleContext<MessageId>, call: ApiCallModel, version: FlinkVersion): FixDescriptor<MessageId> | undefined {
  const python = ctx.languageId === 'python';
  if (call.receiver === 'env' && call.argCount === 0 && call.name === 'enableCheckpointing') {
    const text = `${call.name}(${ctx.settings.checkpointIntervalMs})`;
    return { messageId: 'enableWithInterval', data: { call: text }, edits: [{ range: call.range, newText: text }] };
  }
  if (call.receiver !== 'checkpointConfig' || !RETENTION_METHODS.has(call.name)) return undefined;
  const cp = ctx.model.environments.map((env) => env.checkpointing).find((c) => sameRange(c.retentionAt, call.range));
  if (!cp?.retention || !RETENTION_CONSTANTS.has(cp.retention)) return undefined;
  const api = versionApi(version).retention;
  const syntax = ctx.model.syntax;
  const constant = python ? `${api.pythonEnumType}.${cp.retention}` : syntax.enumConstant(api.enumType, cp.retention);
  const text = `${python ? api.pythonMethod : api.method}(${constant})`;
  const importEdit = syntax.importEdit(python ? api.pythonImport : api.enumImport);
  return { messageId: 'useRetention', data: { call: text }, edits: [{ range: call.range, newText: text }, ...(importEdit ? [importEdit] : [])] };
}
