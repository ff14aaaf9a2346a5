// FLINK012: two exactly-once Kafka sinks of one file given the same transactional id prefix. Since
// Kafka connector 4.0 (Flink 2.x) the writer registers each prefix per subtask in a JVM-wide
// registry and throws IllegalStateException "Found duplicate transactionalIdPrefix for multiple
// Kafka sinks" (BackchannelFactory, checked in flink-connector-kafka-4.0.1-2.0.jar); on connector
// 3.x both sinks derive the same transactional ids and their producers fence each other.
import type { ConfigCall, SinkModel } from '../model.js';
import type { Range } from '../types.js';
import { formatVersion, parseFlinkVersion } from '../version/flink-version.js';
import { defineRule } from './rule.js';

interface PrefixedSink {
  sink: SinkModel;
  prefix: string;
  /** The prefix argument (the string literal), or for SQL tables the INSERT: where the finding goes. */
  at: Range;
  /** `at` is the literal itself, so a suggestion can replace it. */
  literal: boolean;
}

export default defineRule({
  meta: {
    id: 'FLINK012',
    name: 'kafka-shared-transactional-id',
    type: 'problem',
    defaultSeverity: 'warning',
    languages: ['java', 'scala', 'python'],
    description: 'Exactly-once Kafka sinks need a transactional id prefix of their own.',
    messages: {
      sharedPrefix2x:
        "{{sink}} uses the transactional id prefix '{{prefix}}' of another exactly-once Kafka sink: on Flink {{version}} (Kafka connector 4.0 or later) the job fails when it starts, with IllegalStateException \"Found duplicate transactionalIdPrefix for multiple Kafka sinks\".",
      sharedPrefix1x:
        "{{sink}} uses the transactional id prefix '{{prefix}}' of another exactly-once Kafka sink: both derive the same transactional ids, so their producers fence each other's transactions (ProducerFencedException, restarts, and on connector 4.0+ the job does not start at all).",
      relatedFirst: "The first sink with the prefix '{{prefix}}'",
      renamePrefix: "Use the prefix '{{prefix}}'",
    },
    fixable: false,
    hasSuggestions: true,
  },
  create(ctx) {
    const version = parseFlinkVersion(ctx.settings.flinkVersion);
    const seen = new Map<string, PrefixedSink>();
    const used = new Set<string>();
    const later: { current: PrefixedSink; first: PrefixedSink }[] = [];
    return {
      sink(sink) {
        const prefixed = exactlyOncePrefix(sink);
        if (!prefixed) return;
        used.add(prefixed.prefix);
        const first = seen.get(prefixed.prefix);
        if (first) later.push({ current: prefixed, first });
        else seen.set(prefixed.prefix, prefixed);
      },
      jobExit() {
        for (const { current, first } of later) {
          const unique = uniquePrefix(current.prefix, used);
          used.add(unique);
          ctx.report({
            range: current.at,
            messageId: version && version.major >= 2 ? 'sharedPrefix2x' : 'sharedPrefix1x',
            data: { sink: current.sink.displayName, prefix: current.prefix, version: version ? formatVersion(version) : '' },
            related: [{ range: first.at, messageId: 'relatedFirst', data: { prefix: first.prefix } }],
            suggest: current.literal ? [{ messageId: 'renamePrefix', data: { prefix: unique }, edits: [{ range: current.at, newText: ctx.model.syntax.stringLiteral(unique) }] }] : [],
          });
        }
      },
    };

    /** The literal prefix of an exactly-once sink whose catalog entry requires one (KafkaSink, SQL Kafka). */
    function exactlyOncePrefix(sink: SinkModel): PrefixedSink | undefined {
      const entry = sink.connectorId ? ctx.catalog.get(sink.connectorId) : undefined;
      const calls = sink.connector?.calls;
      if (!entry || !calls || ctx.catalog.resolveGuarantee(entry, calls, ctx.languageId).guarantee !== 'exactly-once') return undefined;
      const method = entry.requirements?.find((r) => r.guarantee === 'exactly-once' && r.fixArgument === 'job-name-prefix')?.method[ctx.languageId];
      const call = method ? calls.findLast((c: ConfigCall) => c.method === method) : undefined;
      const argument = call?.args[0];
      if (argument?.stringValue === undefined) return undefined;
      // A SQL option's value sits inside the statement's string: point at the INSERT instead.
      return entry.sql ? { sink, prefix: argument.stringValue, at: sink.attachRange, literal: false } : { sink, prefix: argument.stringValue, at: argument.range, literal: true };
    }
  },
});

/** `orders-` → `orders-2-`, `orders` → `orders-2`: the first such name not used in the file. */
function uniquePrefix(prefix: string, used: ReadonlySet<string>): string {
  const stem = prefix.endsWith('-') ? prefix.slice(0, -1) : prefix;
  const tail = prefix.endsWith('-') ? '-' : '';
  for (let n = 2; ; n++) {
    const candidate = `${stem}-${n}${tail}`;
    if (!used.has(candidate)) return candidate;
  }
}
