// Flink semantics shared by every front end (FLINK004): a `map`, `flatMap`, `filter` or `process`
// whose function obtains keyed state (`getRuntimeContext().getState(...)` in `open()`, PyFlink's
// `runtime_context.get_state(...)`) keeps state a savepoint must map back, like a keyed `sum`.
import type { JobModel } from '../model.js';
import type { LineIndex } from '../parse/line-index.js';
import type { LanguageId } from '../types.js';
import type { CrossFileLookup } from '../cross-file/workspace-lookup.js';
import { blankCommentsAndStrings, scanClasses, type ClassSpan } from './class-scan.js';

// The runtime context straight away or through a local (`RuntimeContext ctx = getRuntimeContext();
// ctx.getListState(descriptor)`): a state getter always takes a descriptor, which tells it from an
// unrelated `getState()`.
const KEYED_STATE = /getRuntimeContext(?:\(\))?\s*\.\s*get(?:State|ListState|MapState|ReducingState|AggregatingState)\b|runtime_context\.get_(?:state|list_state|map_state|reducing_state|aggregating_state)\b|\.\s*get(?:State|ListState|MapState|ReducingState|AggregatingState)\s*\(\s*(?:new\s+\w*StateDescriptor\b|\w*(?:[Dd]escriptor|Desc)\b)|\.\s*get_(?:state|list_state|map_state|reducing_state|aggregating_state)\s*\(\s*\w*(?:descriptor|desc)\b/;
/** Functions that snapshot operator state themselves; their operator keeps state as well. */
const OPERATOR_STATE = /^(?:CheckpointedFunction|ListCheckpointed)$/;
const FUNCTION_CALL = /^(?:map|flatMap|flat_map|filter|process)\s*\(\s*(?:new\s+)?([\w.]+)/;

/**
 * Marks operators whose function uses keyed state: declared in this file, written inline, or
 * declared in another file of the workspace. Lists this file's keyed-state classes for the index.
 */
export function markKeyedStateFunctions(model: JobModel, text: string, language: LanguageId, lines: LineIndex, workspace?: CrossFileLookup): void {
  const candidates = model.operators.filter((o) => !o.stateful && /^(map|flatMap|filter|process)$/.test(o.name));
  const local = KEYED_STATE.test(text) || /\b(?:CheckpointedFunction|ListCheckpointed)\b/.test(text);
  if (!local && (candidates.length === 0 || !workspace?.usesKeyedState)) return;
  const masked = local ? blankCommentsAndStrings(text, language) : text;
  const classes = local ? scanClasses(masked, language).filter((c) => !c.anonymous) : [];
  // A CheckpointedFunction that never asks the runtime context keeps operator state only.
  const operatorStateOnly = (c: ClassSpan) => c.bases.some((b) => OPERATOR_STATE.test(b)) && !/getRuntimeContext|runtime_context/.test(masked.slice(c.start, c.end));
  const keyed = classes.filter((c) => !operatorStateOnly(c) && KEYED_STATE.test(masked.slice(c.start, c.end)));
  if (keyed.length > 0) model.keyedStateClasses = keyed.map((c) => c.name);
  const operatorState = classes.filter(operatorStateOnly);
  if (operatorState.length > 0) model.operatorStateClasses = operatorState.map((c) => c.name);
  for (const operator of candidates) {
    const call = masked.slice(lines.offsetAt(operator.range.start), lines.offsetAt(operator.range.end));
    const name = FUNCTION_CALL.exec(call)?.[1]?.split('.').pop();
    const declared = name ? classes.find((c) => c.name === name) : undefined;
    if (declared ? keyed.includes(declared) : KEYED_STATE.test(call) || (name !== undefined && workspace?.usesKeyedState?.(name) === true)) operator.stateful = true;
    else if (declared ? operatorStateOnly(declared) : name !== undefined && workspace?.usesOperatorState?.(name) === true) {
      operator.stateful = true;
      operator.operatorState = true;
    }
  }
}
