// Flink semantics shared by every front end (FLINK011): user functions that keep per-record or
// per-key data in a plain field (a map, a list, a counter) and change it while processing records.
// Such a field is not part of any checkpoint: after a failure the job restarts from the last
// checkpoint with the field empty (or at its initial value), so counts and buffers silently reset.
//
// A text scan, not a tree walk: comments and strings are blanked first, then classes, fields and
// processing methods are found with linear regular expressions. One table per language, one scan.
import type { FieldStateUse } from '../model.js';
import type { LineIndex } from '../parse/line-index.js';
import type { LanguageId } from '../types.js';
import type { ClassSpan } from './class-scan.js';
import { ancestorsIn, blankCommentsAndStrings, blockEnd, closingBrace, scanClasses } from './class-scan.js';
import { scanClosureFieldState } from './closure-field-state.js';
import { escape, firstMutation, javaFields, pythonFields, scalaFields, topLevel } from './field-scan.js';

/** Base types of user functions whose processing methods run once per record. */
const FUNCTION_BASES = new Set([
  'MapFunction', 'RichMapFunction', 'FlatMapFunction', 'RichFlatMapFunction', 'FilterFunction', 'RichFilterFunction',
  'ProcessFunction', 'KeyedProcessFunction', 'CoProcessFunction', 'KeyedCoProcessFunction', 'CoMapFunction', 'RichCoMapFunction',
  'CoFlatMapFunction', 'RichCoFlatMapFunction', 'BroadcastProcessFunction', 'KeyedBroadcastProcessFunction',
  'ProcessWindowFunction', 'ProcessAllWindowFunction', 'WindowFunction', 'RichWindowFunction', 'AllWindowFunction',
  'ReduceFunction', 'RichReduceFunction', 'SinkFunction', 'RichSinkFunction', 'ProcessJoinFunction',
  'AggregateFunction', 'RichAggregateFunction',
]);
/** Functions that snapshot their own fields: their fields are state. */
const CHECKPOINTED = new Set(['CheckpointedFunction', 'ListCheckpointed']);

const JVM_METHODS = ['map', 'flatMap', 'filter', 'processElement', 'processElement1', 'processElement2', 'map1', 'map2', 'flatMap1', 'flatMap2',
  'reduce', 'process', 'apply', 'onTimer', 'processBroadcastElement', 'invoke'];
const PYTHON_METHODS = ['map', 'flat_map', 'filter', 'process_element', 'process_element1', 'process_element2', 'map1', 'map2', 'flat_map1', 'flat_map2',
  'reduce', 'process', 'on_timer', 'process_broadcast_element', 'invoke'];
/** An AggregateFunction sees each record in `add`, and should keep what it learns in the accumulator. */
const AGGREGATE_METHODS = ['add'];

function perRecordMethods(base: string, language: LanguageId): string[] {
  if (/AggregateFunction$/.test(base)) return AGGREGATE_METHODS;
  return language === 'python' ? PYTHON_METHODS : JVM_METHODS;
}

interface MethodSpan {
  name: string;
  start: number;
  end: number;
}

function jvmMethods(text: string, cls: ClassSpan, members: string, language: LanguageId, names: string): MethodSpan[] {
  const methods: MethodSpan[] = [];
  const pattern = language === 'scala' ? new RegExp(`\\bdef\\s+(${names})\\b[^{=]*(?::[^={]*)?=?\\s*\\{`, 'g') : new RegExp(`(?<![.\\w])(${names})\\s*\\([^;{}]*\\)\\s*(?:throws\\s+[\\w.,\\s]+)?\\{`, 'g');
  for (const m of members.matchAll(pattern)) {
    const open = cls.start + m.index + m[0].length - 1;
    methods.push({ name: m[1]!, start: open + 1, end: closingBrace(text, open) });
  }
  return methods;
}

function pythonMethods(text: string, cls: ClassSpan, names: string): MethodSpan[] {
  const methods: MethodSpan[] = [];
  const body = text.slice(cls.start, cls.end);
  for (const m of body.matchAll(new RegExp(`^([ \\t]*)def\\s+(${names})\\s*\\([^)]*\\)[^:\\n]*:`, 'gm'))) {
    const start = cls.start + m.index + m[0].length;
    methods.push({ name: m[2]!, start, end: blockEnd(text, start, m[1]!.length) });
  }
  return methods;
}

/** Every plain field a per-record method of a user function changes, with where it does so. */
export function scanFieldState(text: string, language: LanguageId, lines: LineIndex): FieldStateUse[] {
  if (!/Function|process|Process|\.\s*(?:map|flatMap|flat_map|filter|reduce)\b/.test(text)) return [];
  const masked = blankCommentsAndStrings(text, language);
  const classes = scanClasses(masked, language);
  const ancestors = ancestorsIn(classes);
  const uses: FieldStateUse[] = [];
  for (const cls of classes) {
    const bases = ancestors(cls);
    const flinkBase = [...bases].find((b) => FUNCTION_BASES.has(b));
    if (!flinkBase || [...bases].some((b) => CHECKPOINTED.has(b))) continue;
    const members = language === 'python' ? masked.slice(cls.start, cls.end) : topLevel(masked, cls.start, cls.end);
    const fields = language === 'python' ? pythonFields(members, cls.start) : language === 'scala' ? scalaFields(members, cls.start) : javaFields(members, cls.start);
    if (fields.length === 0) continue;
    const names = perRecordMethods(flinkBase, language).join('|');
    const methods = language === 'python' ? pythonMethods(masked, cls, names) : jvmMethods(masked, cls, members, language, names);
    const instantiated = cls.anonymous || new RegExp(`\\bnew\\s+${escape(cls.name)}\\b|\\b${escape(cls.name)}\\s*[(<[]`).test(masked.slice(0, cls.start - 1).replace(/\bclass\s+\w+/g, '') + masked.slice(cls.end));
    for (const field of fields) {
      for (const method of methods) {
        const mutation = firstMutation(masked.slice(method.start, method.end), field.name, language);
        if (!mutation) continue;
        const at = method.start + mutation.index;
        uses.push({
          className: cls.anonymous ? `anonymous ${cls.name}` : cls.name,
          base: flinkBase,
          field: field.name,
          kind: field.kind,
          method: method.name,
          fieldRange: { start: lines.positionAt(field.offset), end: lines.positionAt(field.offset + field.name.length) },
          mutationRange: { start: lines.positionAt(at), end: lines.positionAt(at + mutation.length) },
          instantiated,
        });
        break;
      }
    }
  }
  uses.push(...scanClosureFieldState(masked, language, classes, lines));
  return uses;
}
