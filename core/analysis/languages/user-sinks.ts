// Flink semantics shared by every front end: sinks the job's own code defines. A `SinkFunction`,
// `RichSinkFunction` or Sink V2 class that writes with a plain client takes no part in checkpoints
// beyond flushing, so it is at-least-once at best; a `TwoPhaseCommitSinkFunction` or a committing
// Sink V2 commits on checkpoints (exactly-once). Sinks whose class is not in the file (a dependency
// jar, another module) are left unjudged: their body is unknown.
import type { JobModel } from '../model.js';
import type { LineIndex } from '../parse/line-index.js';
import type { LanguageId } from '../types.js';
import { ancestorsIn, blankCommentsAndStrings, scanClasses } from './class-scan.js';

const COMMITTING = new Set(['TwoPhaseCommitSinkFunction', 'TwoPhaseCommittingSink', 'SupportsCommitter', 'GenericWriteAheadSink']);
const PLAIN = new Set(['SinkFunction', 'RichSinkFunction', 'Sink', 'StatefulSink', 'SinkWriter']);
const ATTACH = /^(?:addSink|sinkTo|add_sink|sink_to)\s*\(\s*(?:new\s+)?([\w.]+)/;

/** Catalog ids of the two kinds of user-defined sink. */
export const USER_SINK = 'user-sink';
export const USER_COMMITTING_SINK = 'user-committing-sink';

/** Gives sinks attached as `addSink(new MySink(...))` the guarantee their class implies. */
export function classifyUserSinks(model: JobModel, text: string, language: LanguageId, lines: LineIndex): void {
  const unjudged = model.sinks.filter((s) => !s.connectorId);
  if (unjudged.length === 0) return;
  const classes = scanClasses(blankCommentsAndStrings(text, language), language).filter((c) => !c.anonymous);
  const ancestors = ancestorsIn(classes);
  for (const sink of unjudged) {
    const attached = text.slice(lines.offsetAt(sink.attachRange.start), lines.offsetAt(sink.attachRange.end));
    const name = ATTACH.exec(attached)?.[1]?.split('.').pop();
    if (!name) continue;
    const declared = classes.find((c) => c.name === name);
    // `addSink(new RichSinkFunction<T>() { ... })`: an anonymous subclass of the base itself.
    const types = declared ? ancestors(declared) : PLAIN.has(name) || COMMITTING.has(name) ? new Set([name]) : undefined;
    if (!types) continue;
    const committing = [...types].some((t) => COMMITTING.has(t));
    if (!committing && ![...types].some((t) => PLAIN.has(t))) continue;
    const connectorId = committing ? USER_COMMITTING_SINK : USER_SINK;
    sink.connectorId = connectorId;
    sink.displayName = declared ? name : `anonymous ${name}`;
    sink.connector = { connectorId, api: `new ${name}`, calls: [], range: sink.attachRange };
  }
}
