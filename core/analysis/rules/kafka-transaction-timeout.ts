// FLINK008: an EXACTLY_ONCE KafkaSink whose producer `transaction.timeout.ms` is unset (the
// connector asks for 1 h, above the broker's default `transaction.max.timeout.ms` of 15 min, so the
// producer fails at start) or too short to outlive a checkpoint plus a restart (the broker aborts
// transactions Flink still means to commit: data loss). Reference §2 and §7.
import { formatDuration } from '../format-duration.js';
import type { ConfigCall } from '../model.js';
import { defineRule } from './rule.js';

export const BROKER_DEFAULT_MAX_MS = 15 * 60_000;
const DEFAULT_CHECKPOINT_TIMEOUT_MS = 10 * 60_000;
/** Time to detect a failure and restart (exponential-delay backs off to 1 min on 1.19+). */
const RESTART_ALLOWANCE_MS = 60_000;
const SET_PROPERTY = { java: 'setProperty', scala: 'setProperty', python: 'set_property' } as const;
const PRODUCER_CONFIG = new Set(['setKafkaProducerConfig', 'set_kafka_producer_config']);
const TIMEOUT_KEY = 'transaction.timeout.ms';

export default defineRule({
  meta: {
    id: 'FLINK008',
    name: 'kafka-transaction-timeout',
    type: 'problem',
    defaultSeverity: 'info',
    languages: ['java', 'scala', 'python'],
    description: 'An exactly-once KafkaSink needs a transaction timeout the broker accepts and that outlives a checkpoint plus a restart.',
    messages: {
      timeoutUnset:
        'KafkaSink with EXACTLY_ONCE does not set transaction.timeout.ms: the connector asks for 1 h, above the broker default transaction.max.timeout.ms of 15 min, so the producer fails at start unless the broker allows more.',
      timeoutTooShort:
        'transaction.timeout.ms is {{timeout}}, less than a checkpoint interval plus a checkpoint and a restart ({{needed}}): the broker aborts transactions Flink still has to commit, and their records are lost.',
      timeoutAboveBrokerDefault:
        'transaction.timeout.ms is {{timeout}}, above the broker default transaction.max.timeout.ms of 15 min: the producer fails at start unless the broker allows it.',
      setTimeout: 'Set transaction.timeout.ms to {{value}} ms',
    },
    messageSeverity: { timeoutTooShort: 'warning' },
    fixable: true,
    hasSuggestions: false,
  },
  create(ctx) {
    return {
      sink(sink) {
        if (sink.connectorId !== 'kafka-sink' || !sink.connector) return;
        const entry = ctx.catalog.get(sink.connectorId);
        const calls = sink.connector.calls;
        if (!entry || ctx.catalog.resolveGuarantee(entry, calls, ctx.languageId).guarantee !== 'exactly-once') return;
        // A Properties object we cannot see may set it: say nothing rather than guess.
        if (calls.some((c) => PRODUCER_CONFIG.has(c.method))) return;
        const env = ctx.environment(sink.envId);
        const cp = env?.checkpointing;
        const needed = (cp?.intervalMs ?? 0) + (cp?.timeoutMs ?? DEFAULT_CHECKPOINT_TIMEOUT_MS) + RESTART_ALLOWANCE_MS;
        const setter = calls.find((c: ConfigCall) => c.method === SET_PROPERTY[ctx.languageId] && c.args[0]?.stringValue === TIMEOUT_KEY);
        if (!setter) {
          const value = Math.max(BROKER_DEFAULT_MAX_MS, Math.ceil(needed / 60_000) * 60_000);
          const at = sink.connector.buildDot;
          const call = ctx.model.syntax.chainedCall(SET_PROPERTY[ctx.languageId], [ctx.model.syntax.stringLiteral(TIMEOUT_KEY), ctx.model.syntax.stringLiteral(String(value))]);
          const indent = sink.connector.buildIndent;
          ctx.report({
            node: sink,
            messageId: 'timeoutUnset',
            ...(at ? { fix: { messageId: 'setTimeout', data: { value }, edits: [{ range: { start: at, end: at }, newText: indent !== undefined ? `${call}\n${indent}` : call }] } } : {}),
          });
          return;
        }
        const raw = setter.args[1]?.stringValue;
        const timeout = raw !== undefined && /^\s*\d+\s*$/.test(raw) ? Number(raw) : undefined;
        if (timeout === undefined) return;
        if (cp?.enabled && timeout < needed) {
          ctx.report({ range: setter.range, messageId: 'timeoutTooShort', data: { timeout: formatDuration(timeout), needed: formatDuration(needed) } });
        } else if (timeout > BROKER_DEFAULT_MAX_MS) {
          ctx.report({ range: setter.range, messageId: 'timeoutAboveBrokerDefault', data: { timeout: formatDuration(timeout) } });
        }
      },
    };
  },
});
