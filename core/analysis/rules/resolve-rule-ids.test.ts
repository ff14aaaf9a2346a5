import { describe, expect, it } from 'vitest';
import { allRules } from './index.js';
import { describeRuleIds, resolveRuleId, resolveRuleSeverities } from './resolve-rule-ids.js';

describe('resolveRuleId', () => {
  it('resolves every registered rule by id and by kebab name, in any case', () => {
    for (const { meta } of allRules) {
      for (const reference of [meta.id, meta.id.toLowerCase(), meta.name, meta.name.toUpperCase(), ` ${meta.name} `]) {
        expect(resolveRuleId(reference), reference).toBe(meta.id);
      }
    }
  });

  it('resolves nothing else', () => {
    expect(resolveRuleId('FLINK999')).toBeUndefined();
    expect(resolveRuleId('checkpointing')).toBeUndefined();
    expect(resolveRuleId('')).toBeUndefined();
  });
});

describe('resolveRuleSeverities', () => {
  it('keys severities by id, lets the later reference to one rule win and lists unknown ones as written', () => {
    const rules = [{ id: 'FLINK001', name: 'checkpointing-disabled' }, { id: 'FLINK002', name: 'non-replayable-source' }];
    expect(resolveRuleSeverities({ 'checkpointing-disabled': 'off', FLINK002: 'error', flink001: 'hint', 'No-Rule': 'off' }, rules)).toEqual({
      byId: { FLINK001: 'hint', FLINK002: 'error' },
      unknown: ['No-Rule'],
    });
    expect(describeRuleIds(rules)).toBe('FLINK001 (checkpointing-disabled), FLINK002 (non-replayable-source)');
  });
});
