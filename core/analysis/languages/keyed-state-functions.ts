// Flink semantics shared by every front end (FLINK004): a `map`, `flatMap`, `filter` or `process`
// whose function obtains keyed state (`getRuntimeContext().getState(...)` in `open()`, PyFlink's
// `runtime_context.get_state(...)`) keeps state a savepoint must map back, like a keyed `sum`.
import type { JobModel } from '../model.js';
import type { LineIndex } from '../parse/line-index.js';
import type { LanguageId } from '../types.js';
import { blankCommentsAndStrings, scanClasses } from './class-scan.js';

const KEYED_STATE = /getRuntimeContext(?:\(\))?\s*\.\s*get(?:State|ListState|MapState|ReducingState|AggregatingState)\b|runtime_context\.get_(?:state|list_state|map_state|reducing_state|aggregating_state)\b/;
const FUNCTION_CALL = /^(?:map|flatMap|flat_map|filter|process)\s*\(\s*(?:new\s+)?([\w.]+)/;

/** Marks operators whose function (declared in this file, or anonymous inline) uses keyed state. */
export function markKeyedStateFunctions(model: JobModel, text: string, language: LanguageId, lines: LineIndex): void {
  const candidates = model.operators.filter((o) => !o.stateful && /^(map|flatMap|filter|process)$/.test(o.name));
  if (candidates.length === 0 || !KEYED_STATE.test(text)) return;
  const masked = blankCommentsAndStrings(text, language);
  const classes = scanClasses(masked, language).filter((c) => !c.anonymous);
  for (const operator of candidates) {
    const call = masked.slice(lines.offsetAt(operator.range.start), lines.offsetAt(operator.range.end));
    const name = FUNCTION_CALL.exec(call)?.[1]?.split('.').pop();
    const declared = name ? classes.find((c) => c.name === name) : undefined;
    const body = declared ? masked.slice(declared.start, declared.end) : call;
    if (KEYED_STATE.test(body)) operator.stateful = true;
  }
}
