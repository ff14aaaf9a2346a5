// FLINK003: a sink whose delivery guarantee breaks the job's promise, loses data, cannot start, or
// never commits its output because checkpointing is off.
import { checkpointingKnown } from '../model.js';
import { runsAsStreaming } from './checkpointing-disabled.js';
import { atLeast, formatVersion, parseFlinkVersion } from '../version/flink-version.js';
import { defineRule } from './rule.js';
import type { SinkFixContext } from './sink-fixes.js';
import { sameRange } from './same-range.js';
import { guaranteeEdits, requirementEdits } from './sink-fixes.js';


const GUARANTEE_CONSTANT: Record<string, string> = { none: 'NONE', 'at-least-once': 'AT_LEAST_ONCE', 'exactly-once': 'EXACTLY_ONCE' };

export default defineRule({
  meta: {
    id: 'FLINK003',
    name: 'sink-guarantee-mismatch',
    type: 'problem',
    defaultSeverity: 'warning',
    languages: ['java', 'scala', 'python'],
    description: 'Sinks must deliver what the job promises: no weaker guarantee than exactly-once mode, no data loss, and commits that can happen.',
    messages: {
      weakerThanJob:
        '{{sink}} only gives at-least-once while the job checkpoints in exactly-once mode: records since the last checkpoint are written again (duplicated) after a recovery.',
      variableWeakerThanJob:
        "{{sink}} can run at-least-once while the job checkpoints in exactly-once mode: '{{variable}}' is AT_LEAST_ONCE in one of its branches, and then records since the last checkpoint are written again (duplicated) after a recovery.",
      variableNoGuarantee:
        "{{sink}} can run with DeliveryGuarantee.NONE: '{{variable}}' is NONE in one of its branches, and then records still buffered when a task fails are lost, and replays are duplicated.",
      defaultNoGuarantee:
        '{{sink}} has no delivery guarantee set and its default is NONE: records still buffered when a task fails are lost, and replays are duplicated.',
      explicitNoGuarantee:
        '{{sink}} uses DeliveryGuarantee.NONE: records still buffered when a task fails are lost, and replays are duplicated.',
      bestEffort: '{{sink}} does not take part in checkpoints: records can be lost or duplicated when a task fails.',
      missingRequirement: '{{sink}} with {{guarantee}} needs {{method}}(...): without it {{consequence}}.',
      sharedDefaultPrefix: '{{sink}} with {{guarantee}} has no {{method}}(...): on Flink {{version}} {{consequence}}.',
      missingOption: "{{sink}} with {{guarantee}} needs the option '{{method}}': without it {{consequence}}.",
      neverCommitted:
        '{{sink}} commits its output only when a checkpoint completes, but checkpointing is off: its output is never committed (files stay in-progress, transactions stay open).',
      relatedModeSet: 'The job promises exactly-once here.',
      relatedDefaultMode: 'Checkpointing is enabled here; its default mode is EXACTLY_ONCE.',
      relatedGuaranteeChosen: '{{value}} is chosen here.',
      relatedEnvironment: 'Checkpointing is never enabled for this environment.',
      relatedBuilt: '{{sink}} is built here.',
      useGuarantee: 'Use DeliveryGuarantee.{{constant}}',
      addRequirement: 'Add {{method}}("{{prefix}}")',
      enableCheckpointing: 'Enable checkpointing every {{interval}} ms',
    },
    messageSeverity: { missingRequirement: 'error', missingOption: 'error', neverCommitted: 'error' },
    fixable: true,
    hasSuggestions: true,
  },
  create(ctx) {
    return {
      sink(sink) {
        const entry = sink.connectorId ? ctx.catalog.get(sink.connectorId) : undefined;
        if (!entry || !sink.connector) return;
        const calls = sink.connector.calls;
        const resolved = ctx.catalog.resolveGuarantee(entry, calls, ctx.languageId);
        const env = ctx.environment(sink.envId);
        const streaming = env ? runsAsStreaming(env, ctx.model, ctx.catalog) : true;
        const fixCtx: SinkFixContext = { sink, entry, resolved, catalog: ctx.catalog, languageId: ctx.languageId, syntax: ctx.model.syntax };
        const data = { sink: entry.userDefined ? `${sink.displayName} (${entry.displayName})` : entry.displayName };
        // Findings point at the call that attaches the sink (what reviewers and the Problems panel
        // expect); the builder and the setter that chose the guarantee are related locations.
        const at = sink.attachRange;
        const builtHere = sameRange(sink.range, at) ? [] : [{ range: sink.range, messageId: 'relatedBuilt' as const, data }];
        const chosenHere = [
          ...(resolved.decidedBy
            ? [{
                // A variable's weakest branch is where the guarantee is chosen, not the setter.
                range: resolved.chosenBy && resolved.decidedArgument ? resolved.decidedArgument.range : resolved.decidedBy.range,
                messageId: 'relatedGuaranteeChosen' as const,
                data: { value: resolved.chosenBy ? `${resolved.decidedValue} (one value of '${resolved.chosenBy}')` : (resolved.decidedValue ?? resolved.decidedBy.method) },
              }]
            : []),
          ...builtHere,
        ];
        const useGuarantee = (guarantee: 'at-least-once' | 'exactly-once') => {
          const edits = guaranteeEdits(fixCtx, guarantee);
          return edits ? { messageId: 'useGuarantee' as const, data: { constant: GUARANTEE_CONSTANT[guarantee]! }, edits } : undefined;
        };

        // A guarantee chosen at run time (a variable, a parameter): nothing here can be judged.
        if (resolved.guarantee === 'unknown') return;
        const guarantee = resolved.guarantee;

        // (c) A required builder call is missing: the job cannot even start.
        for (const requirement of ctx.catalog.missingRequirements(entry, guarantee, calls, ctx.languageId)) {
          const method = requirement.method[ctx.languageId] ?? '';
          const edits = requirementEdits(fixCtx, guarantee);
          // Messages follow the project's Flink version: older connectors did not fail here.
          const version = parseFlinkVersion(ctx.settings.flinkVersion);
          const older = requirement.before && version && !atLeast(version, requirement.before.flink.major, requirement.before.flink.minor) ? requirement.before : undefined;
          const prefix = edits?.[0]?.newText.match(/"([^"]*)"/)?.[1] ?? '';
          ctx.report({
            range: at,
            messageId: entry.sql ? 'missingOption' : older ? 'sharedDefaultPrefix' : 'missingRequirement',
            data: {
              ...data, guarantee: GUARANTEE_CONSTANT[resolved.guarantee] ?? resolved.guarantee, method,
              consequence: older?.consequence ?? requirement.consequence, version: version ? formatVersion(version) : '',
            },
            ...(edits ? { fix: { messageId: 'addRequirement', data: { method, prefix }, edits } } : {}),
            related: chosenHere,
          });
        }

        // (b) No guarantee at all: data loss regardless of checkpointing.
        if (resolved.guarantee === 'none' && streaming) {
          const hasSetter = ctx.catalog.guaranteeSetter(entry, ctx.languageId) !== undefined;
          const atLeastOnce = useGuarantee('at-least-once');
          const exactlyOnce = useGuarantee('exactly-once');
          ctx.report({
            range: at,
            messageId: !hasSetter ? 'bestEffort' : resolved.chosenBy ? 'variableNoGuarantee' : resolved.decidedBy ? 'explicitNoGuarantee' : 'defaultNoGuarantee',
            data: { ...data, variable: resolved.chosenBy ?? '' },
            ...(atLeastOnce ? { fix: atLeastOnce } : {}),
            suggest: exactlyOnce ? [exactlyOnce] : [],
            related: chosenHere,
          });
        }

        if (!env || !checkpointingKnown(env) || !streaming) return;
        const checkpointing = env.checkpointing;

        // (d) Output that is committed on checkpoints, with checkpointing off.
        if (!checkpointing.enabled && ctx.catalog.commitsOnCheckpoint(entry, resolved.guarantee)) {
          const insertion = env.insertion;
          const interval = ctx.settings.checkpointIntervalMs;
          ctx.report({
            range: at,
            messageId: 'neverCommitted',
            data,
            suggest: insertion
              ? [{
                  messageId: 'enableCheckpointing',
                  data: { interval },
                  edits: [{
                    range: { start: insertion.position, end: insertion.position },
                    newText: `\n${insertion.indent}${ctx.model.syntax.callStatement(insertion.receiver, 'enableCheckpointing', [String(interval)])}`,
                  }],
                }]
              : [],
            related: [{ range: env.creation, messageId: 'relatedEnvironment' }, ...builtHere],
          });
        }

        // (a) Exactly-once promised, at-least-once delivered. With checkpointing off there is no
        // promise to break; FLINK001 reports that instead.
        if (checkpointing.enabled && checkpointing.mode === 'exactly-once' && resolved.guarantee === 'at-least-once') {
          const exactlyOnce = useGuarantee('exactly-once');
          const promise = checkpointing.modeAt
            ? { range: checkpointing.modeAt, messageId: 'relatedModeSet' as const }
            : checkpointing.enabledAt
              ? { range: checkpointing.enabledAt, messageId: 'relatedDefaultMode' as const }
              : undefined;
          ctx.report({
            range: at,
            messageId: resolved.chosenBy ? 'variableWeakerThanJob' : 'weakerThanJob',
            data: { ...data, variable: resolved.chosenBy ?? '' },
            suggest: exactlyOnce ? [exactlyOnce] : [],
            related: [...(promise ? [promise] : []), ...chosenHere],
          });
        }
      },
    };
  },
});
