// The registry: every rule, in id order. Adding a rule is one line here (rules.test.ts checks that
// every rule file in this folder is listed).
import checkpointingDisabled from './checkpointing-disabled.js';
import nonReplayableSource from './non-replayable-source.js';
import type { RuleModule } from './rule.js';
import missingOperatorUid from './missing-operator-uid.js';
import checkpointsNotRetained from './checkpoints-not-retained.js';
import restartsDisabled from './restarts-disabled.js';
import atLeastOnceMode from './at-least-once-mode.js';
import kafkaTransactionTimeout from './kafka-transaction-timeout.js';
import removedInFlink2 from './removed-flink-api.js';
import unknownConfigKey from './unknown-config-key.js';
import sinkGuaranteeMismatch from './sink-guarantee-mismatch.js';
import stateInField from './state-in-field.js';
import kafkaSharedTransactionalId from './kafka-shared-transactional-id.js';

export const allRules: readonly RuleModule[] = [
  checkpointingDisabled, nonReplayableSource, sinkGuaranteeMismatch,
  missingOperatorUid, checkpointsNotRetained, restartsDisabled, atLeastOnceMode, kafkaTransactionTimeout, removedInFlink2, unknownConfigKey,
  stateInField, kafkaSharedTransactionalId,
];
