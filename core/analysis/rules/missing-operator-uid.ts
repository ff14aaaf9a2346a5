// FLINK004: a stateful operator, or a source that keeps its read position in state, without a
// `.uid(...)`: Flink derives its id from the job graph, so after the graph changes the state in
// savepoints and checkpoints no longer maps back to it.
import type { Catalog } from '../catalog/catalog.js';
import type { SourceModel } from '../model.js';
import type { Range } from '../types.js';
import { runsAsStreaming } from './checkpointing-disabled.js';
import { defineRule } from './rule.js';

/** Sources whose state is a read position: checkpointed custom sources and replayable connectors. */
export function keepsPosition(source: SourceModel, catalog: Catalog): boolean {
  if (source.custom) return source.custom.checkpointed;
  // A FLIP-27 source (`fromSource`) keeps its splits in state by construction, known or not.
  if (!source.connectorId && /^from_?[sS]ource\(\)$/.test(source.callName)) return true;
  const entry = source.connectorId ? catalog.get(source.connectorId) : undefined;
  // Every replayable connector stores its position (offsets, splits, ranges) in state; an in-memory
  // collection only re-emits the list written in the code, which a changed job graph rarely keeps.
  return entry?.replayable === true && entry.id !== 'collection-source';
}

function kebab(text: string): string {
  return text.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/[^A-Za-z0-9]+/g, '-').toLowerCase().replace(/^-|-$/g, '');
}

export default defineRule({
  meta: {
    id: 'FLINK004',
    name: 'missing-operator-uid',
    type: 'suggestion',
    defaultSeverity: 'info',
    languages: ['java', 'scala', 'python'],
    description: 'Stateful operators and sources that keep positions need a stable uid, or their state cannot be restored after the job changes.',
    messages: {
      statefulOperator:
        '{{operator}} keeps {{state}} but has no .uid(...): once the job graph changes, its state in savepoints and checkpoints cannot be mapped back, so the restore fails or (with --allowNonRestoredState) the state is dropped.',
      positionSource:
        '{{source}} keeps its read position in state but has no .uid(...): once the job graph changes, that position cannot be restored from a savepoint, so records are read again or skipped.',
      addUid: 'Add .uid("{{uid}}")',
    },
    fixable: false,
    hasSuggestions: true,
  },
  create(ctx) {
    const used = new Set<string>();
    const uidFor = (label: string): string => {
      const base = kebab(label) || 'operator';
      let uid = base;
      for (let n = 2; used.has(uid); n++) uid = `${base}-${n}`;
      used.add(uid);
      return uid;
    };
    const addUid = (at: Range, label: string) => {
      const uid = uidFor(label);
      return [{
        messageId: 'addUid' as const,
        data: { uid },
        edits: [{ range: { start: at.end, end: at.end }, newText: ctx.model.syntax.chainedCall('uid', [ctx.model.syntax.stringLiteral(uid)]) }],
      }];
    };
    // Batch jobs recover by re-running tasks, never from savepoints: their operator ids do not matter.
    const batch = (envId: number | undefined): boolean => {
      const env = ctx.environment(envId);
      return env !== undefined && !runsAsStreaming(env, ctx.model, ctx.catalog);
    };
    return {
      source(source) {
        if (source.uid || batch(source.envId) || !keepsPosition(source, ctx.catalog)) return;
        const name = source.custom?.name ?? (source.connectorId ? ctx.catalog.get(source.connectorId)?.displayName : undefined) ?? source.callName;
        // Adding a uid to a running job is itself a state-mapping change: a suggestion, never automatic.
        ctx.report({ node: source, messageId: 'positionSource', data: { source: name }, suggest: addUid(source.range, source.label ?? `${name}-source`) });
      },
      jobExit() {
        for (const operator of ctx.model.operators) {
          if (!operator.stateful || operator.uid || batch(operator.envId)) continue;
          const state = operator.operatorState ? 'operator state' : ['window', 'process', 'apply'].includes(operator.name) ? 'keyed or window state' : 'keyed state';
          ctx.report({ node: operator, messageId: 'statefulOperator', data: { operator: `${operator.name}(...)`, state }, suggest: addUid(operator.range, operator.label ?? operator.name) });
        }
      },
    };
  },
});
