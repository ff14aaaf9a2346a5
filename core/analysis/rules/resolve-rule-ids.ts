// Users name a rule by its id (`FLINK001`) or by its kebab name (`checkpointing-disabled`), in any
// case: in the editor's `flinkFt.rules` setting and in the CLI's `--rule`. This is the one place
// that maps what they wrote to the rule's id, so the server and the CLI cannot disagree.
import type { SeveritySetting } from '../types.js';
import { allRules } from './index.js';

/** What is needed to recognise a rule: its id and its kebab name. */
export interface RuleIdentity {
  id: string;
  name: string;
}

const registeredRules: readonly RuleIdentity[] = allRules.map((rule) => rule.meta);

/** The id of the rule `reference` names (id or kebab name, any case), or undefined. */
export function resolveRuleId(reference: string, rules: readonly RuleIdentity[] = registeredRules): string | undefined {
  const key = reference.trim().toLowerCase();
  return rules.find((rule) => rule.id.toLowerCase() === key || rule.name.toLowerCase() === key)?.id;
}

export interface ResolvedRuleSeverities {
  /** Severities by rule id; when two references name one rule, the later one wins. */
  byId: Record<string, SeveritySetting>;
  /** References that name no rule, as written. */
  unknown: string[];
}

/** Re-keys a map of severities by rule reference to one keyed by rule id. */
export function resolveRuleSeverities(
  severities: Readonly<Record<string, SeveritySetting>>,
  rules: readonly RuleIdentity[] = registeredRules,
): ResolvedRuleSeverities {
  const byId: Record<string, SeveritySetting> = {};
  const unknown: string[] = [];
  for (const [reference, severity] of Object.entries(severities)) {
    const id = resolveRuleId(reference, rules);
    if (id) byId[id] = severity;
    else unknown.push(reference);
  }
  return { byId, unknown };
}

/** "FLINK001 (checkpointing-disabled), …": for messages that list what a reference may be. */
export function describeRuleIds(rules: readonly RuleIdentity[] = registeredRules): string {
  return rules.map((rule) => `${rule.id} (${rule.name})`).join(', ');
}
