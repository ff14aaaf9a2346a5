// The registry: every rule, in id order. Adding a rule is one line here (rules.test.ts checks that
// every rule file in this folder is listed).
import checkpointingDisabled from './checkpointing-disabled.js';
import nonReplayableSource from './non-replayable-source.js';
import type { RuleModule } from './rule.js';
import sinkGuaranteeMismatch from './sink-guarantee-mismatch.js';

export const allRules: readonly RuleModule[] = [checkpointingDisabled, nonReplayableSource, sinkGuaranteeMismatch];
