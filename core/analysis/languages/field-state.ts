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

type Kind = FieldStateUse['kind'];

interface Field {
  name: string;
  kind: Kind;
  offset: number;
}

/** The body's own level: nested blocks replaced by spaces, so only members remain. */
function topLevel(text: string, start: number, end: number): string {
  const parts: string[] = [];
  let depth = 0;
  let copied = start;
  let nestedFrom = -1;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '{') {
      if (depth++ === 0) nestedFrom = i + 1;
    } else if (c === '}' && depth > 0 && --depth === 0) {
      parts.push(text.slice(copied, nestedFrom), text.slice(nestedFrom, i).replace(/[^\n]/g, ' '));
      copied = i;
    }
  }
  parts.push(text.slice(copied, end));
  return parts.join('');
}

function kindOfType(type: string): Kind | undefined {
  const simple = type.replace(/<.*$|\[.*$/s, '').trim().split('.').pop() ?? '';
  if (/State$|StateDescriptor$/.test(simple)) return undefined;
  if (/Map$/.test(simple)) return 'map';
  if (/(List|Set|Queue|Deque|Buffer|Collection|Seq)$/.test(simple)) return 'list';
  if (/^(int|long|double|float|short|Integer|Long|Double|Float|Short|AtomicLong|AtomicInteger|Int|BigDecimal|BigInteger)$/.test(simple)) return 'counter';
  return undefined;
}

function javaFields(members: string, base: number): Field[] {
  const fields: Field[] = [];
  const declaration = /(?:^|[;}{\n])\s*((?:(?:private|protected|public|static|final|transient|volatile)\s+)*)([\w.]+(?:\s*<[^;=(){}]*>)?(?:\[\])?)\s+(\w+)\s*(?:=[^;]*)?;/g;
  for (const m of members.matchAll(declaration)) {
    if (/\bstatic\b/.test(m[1]!) || /^(return|throw|new|else)$/.test(m[2]!)) continue;
    const kind = kindOfType(m[2]!);
    if (kind) fields.push({ name: m[3]!, kind, offset: base + m.index + m[0].lastIndexOf(m[3]!, m[0].indexOf('=') < 0 ? undefined : m[0].indexOf('=')) });
  }
  return fields;
}

function scalaFields(members: string, base: number): Field[] {
  const fields: Field[] = [];
  for (const m of members.matchAll(/(?:^|[;{\n])[ \t]*(?:(?:private(?:\[\w+\])?|protected|override|lazy|@transient)\s+)*(var|val)\s+(\w+)\s*(?::\s*([^=\n]+?))?\s*=\s*([^\n;]*)/g)) {
    const [, binder, name, type = '', init = ''] = m;
    const declared = `${type} ${init}`;
    let kind: Kind | undefined =
      /Map\b|Map\[|HashMap/.test(declared) ? 'map'
        : /(ListBuffer|ArrayBuffer|Buffer|mutable\.Set|HashSet|Queue|ArrayDeque|java\.util\.(Array|Linked)?List|ArrayList)/.test(declared) ? 'list'
          : undefined;
    if (binder === 'val' && !/mutable|java\.util|new\s/.test(declared)) kind = undefined;
    if (binder === 'var' && !kind) kind = /^\s*-?\d/.test(init) || /^(Int|Long|Double|Float|Short)\b/.test(type.trim()) ? 'counter' : kindOfType(type) ?? 'value';
    if (binder === 'var' && /State|Collector|Context/.test(type)) kind = undefined;
    if (kind) fields.push({ name: name!, kind, offset: base + m.index + m[0].indexOf(name!, m[0].indexOf(binder!) + binder!.length) });
  }
  return fields;
}

function pythonFields(body: string, base: number): Field[] {
  const fields = new Map<string, Field>();
  const init = /self\.(\w+)\s*(?::\s*[\w[\], .]+)?=\s*(\{\s*\}|\[\s*\]|dict\(\s*\)|list\(\s*\)|set\(\s*\)|(?:collections\.)?(?:defaultdict|Counter|OrderedDict|deque)\(|-?\d+(?:\.\d+)?\b(?!\s*[*/+-]))/g;
  for (const m of body.matchAll(init)) {
    const name = m[1]!;
    const value = m[2]!;
    const kind: Kind = /^\{|dict|defaultdict|Counter|OrderedDict/.test(value) ? 'map' : /^\[|list|set|deque/.test(value) ? 'list' : 'counter';
    if (!fields.has(name)) fields.set(name, { name, kind, offset: base + m.index + 'self.'.length });
  }
  return [...fields.values()];
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

function escape(name: string): string {
  return name.replace(/[$]/g, '\\$');
}

/** The first change of `field` in a method body: its offset and length, or undefined. */
function firstMutation(body: string, field: string, language: LanguageId): { index: number; length: number } | undefined {
  const f = escape(field);
  const ref = language === 'python' ? `self\\.${f}` : `(?<![\\w.])(?:this\\.)?${f}`;
  // A local of the same name shadows the field.
  const local = language === 'python' ? undefined
    : language === 'scala' ? new RegExp(`\\b(?:val|var)\\s+${f}\\b`) : new RegExp(`(?:^|[;{(\\s])(?!return\\b|throw\\b|else\\b|new\\b|case\\b|yield\\b)[\\w.]+(?:<[^;()]*>)?(?:\\[\\])?\\s+${f}\\s*[=;:]`, 'm');
  if (local?.test(body)) return undefined;
  const first = new RegExp(`${ref}\\b`).exec(body);
  if (!first) return undefined;
  // A scratch buffer reset before use (`buffer.clear()`, `count = 0`) is not carried across records.
  const after = body.slice(first.index + first[0].length);
  const reassigned = /^\s*(\[[^\]]*\])?\s*=(?!=)\s*([^;\n]*)/.exec(after);
  if (/^\s*\.\s*clear\s*\(/.test(after) || (reassigned && !reassigned[1] && !new RegExp(`\\b${f}\\b`).test(reassigned[2]!))) return undefined;
  const methods = language === 'python'
    ? 'append|add|update|extend|setdefault|pop|insert|appendleft|remove|clear'
    : 'put|putAll|putIfAbsent|merge|compute|computeIfAbsent|computeIfPresent|add|addAll|addFirst|addLast|offer|push|remove|incrementAndGet|getAndIncrement|addAndGet|getAndAdd|decrementAndGet|update|getOrElseUpdate|append|set';
  const index = '(?:\\[(?:[^\\[\\]\\n]|\\[[^\\]\\n]*\\])*\\]|\\((?:[^()\\n]|\\([^)\\n]*\\))*\\))';
  const patterns = [
    `${ref}\\s*${index}?\\s*(?:\\+\\+|--|\\+\\+=|[-+*/|&]=)`,
    `(?:\\+\\+|--)\\s*${ref}\\b`,
    `${ref}\\s*\\.\\s*(?:${methods})\\s*\\(`,
    `${ref}\\s*${index}\\s*=(?!=)`,
    `${ref}\\s*=(?!=)[^;\\n]*\\b${f}\\b`,
  ];
  // A plain `field = value` is not counted: it is as often a lazily created client as carried state.
  let best: { index: number; length: number } | undefined;
  for (const pattern of patterns) {
    const m = new RegExp(pattern).exec(body);
    if (m && (!best || m.index < best.index)) best = { index: m.index, length: m[0].length };
  }
  return best;
}

/** Every plain field a per-record method of a user function changes, with where it does so. */
export function scanFieldState(text: string, language: LanguageId, lines: LineIndex): FieldStateUse[] {
  if (!/Function|process|Process/.test(text)) return [];
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
  return uses;
}
