// The pieces of the FLINK011 text scan shared by its passes (fields of user functions, fields of
// objects that per-record lambdas change): which fields can carry data across records, and where a
// body changes one. Text is expected with comments and strings blanked (class-scan.ts).
import type { FieldStateUse } from '../model.js';
import type { LanguageId } from '../types.js';

export type Kind = FieldStateUse['kind'];

export interface Field {
  name: string;
  kind: Kind;
  offset: number;
}

/** The body's own level: nested blocks replaced by spaces, so only members remain. */
export function topLevel(text: string, start: number, end: number): string {
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

/** Instance fields of a Java class body, or only its `static` fields (shared by the JVM's tasks). */
export function javaFields(members: string, base: number, statics = false): Field[] {
  const fields: Field[] = [];
  // Only horizontal blanks after the start: with `\s*` every line of a blanked body was a start
  // that ran to the body's end, which made the scan quadratic in the body's length.
  const declaration = /(?:^|[;}{\n])[ \t\r\f]*((?:(?:private|protected|public|static|final|transient|volatile)\s+)*)([\w.]+(?:\s*<[^;=(){}]*>)?(?:\[\])?)\s+(\w+)\s*(?:=[^;]*)?;/g;
  for (const m of members.matchAll(declaration)) {
    if (/\bstatic\b/.test(m[1]!) !== statics || /^(return|throw|new|else)$/.test(m[2]!)) continue;
    const kind = kindOfType(m[2]!);
    if (kind) fields.push({ name: m[3]!, kind, offset: base + m.index + m[0].lastIndexOf(m[3]!, m[0].indexOf('=') < 0 ? undefined : m[0].indexOf('=')) });
  }
  return fields;
}

export function scalaFields(members: string, base: number): Field[] {
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

export function pythonFields(body: string, base: number): Field[] {
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

export function escape(name: string): string {
  return name.replace(/[$]/g, '\\$');
}

/**
 * The first change of `field` in a method body: its offset and length, or undefined. A Python
 * `moduleLevel` field is a global of the module (`seen`), not an attribute (`self.seen`).
 */
export function firstMutation(body: string, field: string, language: LanguageId, moduleLevel = false): { index: number; length: number } | undefined {
  const f = escape(field);
  const ref = language === 'python' && !moduleLevel ? `self\\.${f}` : `(?<![\\w.])(?:this\\.)?${f}`;
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
