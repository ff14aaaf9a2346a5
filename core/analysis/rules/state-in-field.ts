// FLINK011: a user function of a checkpointed streaming job that keeps per-record or per-key data in
// a plain field instead of Flink state. The field is not in any checkpoint: after a failure the job
// resumes from the last checkpoint with the field reset, so counts and buffers are silently wrong.
import { checkpointingKnown, type FieldStateUse } from '../model.js';
import { runsAsStreaming } from './checkpointing-disabled.js';
import { defineRule } from './rule.js';

const WHAT: Record<FieldStateUse['kind'], string> = { map: 'map', list: 'collection', counter: 'counter', value: 'variable' };
const STATE: Record<FieldStateUse['kind'], string> = { map: 'MapState', list: 'ListState', counter: 'ValueState', value: 'ValueState' };

export default defineRule({
  meta: {
    id: 'FLINK011',
    name: 'state-in-field',
    type: 'problem',
    defaultSeverity: 'warning',
    languages: ['java', 'scala', 'python'],
    description: 'Functions of a checkpointed job must keep data that outlives one record in Flink state, not in a plain field that is lost on every failure.',
    messages: {
      fieldState:
        '{{field}} is a plain {{what}} that {{className}}.{{method}}() changes for every record: it is not part of checkpoints, so after a failure the job resumes from the last checkpoint with {{field}} reset and its results are silently wrong. Keep it in Flink state ({{state}}).',
      fieldStateOfOtherJob:
        '{{field}} is a plain {{what}} that {{className}}.{{method}}() changes for every record, and the checkpointed job in {{origin}} uses {{className}}: the field is not part of checkpoints, so after a failure that job resumes from the last checkpoint with {{field}} reset and its results are silently wrong. Keep it in Flink state ({{state}}).',
      closureFieldState:
        '{{field}} is a plain {{what}} of {{className}} that the function passed to {{operator}}(...) changes for every record{{through}}: it lives in the TaskManager\'s memory, not in checkpoints, so after a failure the job resumes from the last checkpoint with {{field}} reset (or stale) and its results are silently wrong. Keep it in Flink state on a keyed stream ({{state}}).',
      changedHere: '{{field}} is changed here, once per record.',
      checkpointed: 'The job checkpoints here, but the field is not in its checkpoints.',
    },
    fixable: false,
    hasSuggestions: false,
  },
  create(ctx) {
    return {
      jobExit() {
        const uses = ctx.model.fieldStates ?? [];
        if (uses.length === 0) return;
        // Only a job that checkpoints promises recovery; without checkpointing FLINK001 speaks.
        const env = ctx.model.environments.find((e) => checkpointingKnown(e) && e.checkpointing.enabled && runsAsStreaming(e, ctx.model, ctx.catalog));
        for (const use of uses) {
          const data = { field: use.field, what: WHAT[use.kind], className: use.className, method: use.method, state: STATE[use.kind] };
          const changedHere = { range: use.mutationRange, messageId: 'changedHere' as const, data: { field: use.field } };
          if (use.instantiated && env) {
            ctx.report({
              range: use.fieldRange,
              ...(use.closure
                ? { messageId: 'closureFieldState' as const, data: { ...data, operator: use.closure.operator, through: use.method === use.closure.operator ? '' : ` (through ${use.method}())` } }
                : { messageId: 'fieldState' as const, data }),
              related: [changedHere, ...(env.checkpointing.enabledAt ? [{ range: env.checkpointing.enabledAt, messageId: 'checkpointed' as const }] : [])],
            });
          } else if (!use.instantiated && use.usedBy?.checkpointed) {
            // Declared here, created by a checkpointed job in another file of the workspace.
            ctx.report({ range: use.fieldRange, messageId: 'fieldStateOfOtherJob', data: { ...data, origin: use.usedBy.origin }, related: [changedHere] });
          }
        }
      },
    };
  },
});
