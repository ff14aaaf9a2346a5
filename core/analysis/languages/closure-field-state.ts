// FLINK011 for state kept outside any function class: a Scala `object`'s mutable field, a Java
// `static` field or a PyFlink module-level variable, that the function passed to a per-record
// transformation changes, directly or through a method of the same object (module) it calls
// (`.filter(order => isNewcomer(order))` where `isNewcomer` adds to `seenOrders`). Such a field lives once per TaskManager JVM, outside every checkpoint: a
// restarted task finds it empty, a surviving one keeps stale entries.
import type { FieldStateUse } from '../model.js';
import type { LineIndex } from '../parse/line-index.js';
import type { LanguageId } from '../types.js';
import type { ClassSpan } from './class-scan.js';
import { blockEnd, closingBrace } from './class-scan.js';
import { escape, type Field, firstMutation, javaFields, type Kind, scalaFields, topLevel } from './field-scan.js';

/** Transformations whose function runs once per record. */
const PER_RECORD = /\.\s*(map|flatMap|flat_map|filter|reduce)\s*(?:\[[^\]\n]*\]\s*)?([({])/g;

/** A body whose fields per-record functions may change: an object or class, or a Python module. */
interface Scope {
  name: string;
  start: number;
  end: number;
  fields: Field[];
  methods: Map<string, { start: number; end: number }>;
}

/** The offset of the bracket closing the one at `open` (`(` or `{`), or the text's end. */
function closing(text: string, open: number): number {
  if (text[open] === '{') return closingBrace(text, open);
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return text.length;
}

/** Methods of the object or class body, by name: where their bodies are. */
function methodBodies(masked: string, cls: ClassSpan, members: string, language: LanguageId): Map<string, { start: number; end: number }> {
  const bodies = new Map<string, { start: number; end: number }>();
  const pattern = language === 'scala' ? /\bdef\s+(\w+)\b[^{=]*(?::[^={]*)?=\s*\{/g : /\bstatic\s+[\w<>[\],.\s]+?\s(\w+)\s*\([^;{}]*\)\s*(?:throws\s+[\w.,\s]+)?\{/g;
  for (const m of members.matchAll(pattern)) {
    const open = cls.start + m.index + m[0].length - 1;
    if (!bodies.has(m[1]!)) bodies.set(m[1]!, { start: open + 1, end: closingBrace(masked, open) });
  }
  return bodies;
}

function isScalaObject(masked: string, cls: ClassSpan): boolean {
  return new RegExp(`\\bobject\\s+${escape(cls.name)}\\b[^{]*\\{$`).test(masked.slice(Math.max(0, cls.start - 400), cls.start));
}

function jvmScopes(masked: string, language: LanguageId, classes: readonly ClassSpan[]): Scope[] {
  const scopes: Scope[] = [];
  for (const cls of classes) {
    if (cls.anonymous || (language === 'scala' && !isScalaObject(masked, cls))) continue;
    const members = topLevel(masked, cls.start, cls.end);
    const fields: Field[] = language === 'scala' ? scalaFields(members, cls.start).filter((f) => f.kind !== 'value') : javaFields(members, cls.start, true);
    if (fields.length > 0) scopes.push({ name: cls.name, start: cls.start, end: cls.end, fields, methods: methodBodies(masked, cls, members, language) });
  }
  return scopes;
}

/** The module itself: its top-level containers and counters, and its top-level functions. */
function pythonModule(masked: string): Scope[] {
  const fields: Field[] = [];
  const init = /^(\w+)\s*(?::\s*[\w[\], .]+)?=\s*(\{\s*\}|\[\s*\]|dict\(\s*\)|list\(\s*\)|set\(\s*\)|(?:collections\.)?(?:defaultdict|Counter|OrderedDict|deque)\(|-?\d+(?:\.\d+)?[ \t]*$)/gm;
  for (const m of masked.matchAll(init)) {
    const value = m[2]!;
    const kind: Kind = /^\{|dict|defaultdict|Counter|OrderedDict/.test(value) ? 'map' : /^\[|list|set|deque/.test(value) ? 'list' : 'counter';
    if (!fields.some((f) => f.name === m[1])) fields.push({ name: m[1]!, kind, offset: m.index });
  }
  const methods = new Map<string, { start: number; end: number }>();
  for (const m of masked.matchAll(/^def\s+(\w+)\s*\([^)]*\)[^:\n]*:/gm)) {
    const start = m.index + m[0].length;
    methods.set(m[1]!, { start, end: blockEnd(masked, start, 0) });
  }
  return fields.length > 0 ? [{ name: 'the module', start: 0, end: masked.length, fields, methods }] : [];
}

/** Every object, static or module-level field a per-record function of the same body changes. */
export function scanClosureFieldState(masked: string, language: LanguageId, classes: readonly ClassSpan[], lines: LineIndex): FieldStateUse[] {
  if (!/\.\s*(?:map|flatMap|flat_map|filter|reduce)\b/.test(masked)) return [];
  const uses: FieldStateUse[] = [];
  const moduleLevel = language === 'python';
  for (const scope of moduleLevel ? pythonModule(masked) : jvmScopes(masked, language, classes)) {
    const { fields, methods } = scope;
    const cls = scope;
    const body = masked.slice(cls.start, cls.end);
    const reported = new Set<string>();
    for (const call of body.matchAll(PER_RECORD)) {
      const open = cls.start + call.index + call[0].length - 1;
      const argument = { start: open + 1, end: closing(masked, open) };
      const text = masked.slice(argument.start, argument.end);
      for (const field of fields) {
        if (reported.has(field.name)) continue;
        // Changed in the lambda itself, or in a method of the same body the lambda calls.
        const spans = [{ span: argument, via: undefined as string | undefined }];
        for (const [name, span] of methods) if (new RegExp(`(?<![\\w.])${escape(name)}\\b`).test(text)) spans.push({ span, via: name });
        for (const { span, via } of spans) {
          const mutation = firstMutation(masked.slice(span.start, span.end), field.name, language, moduleLevel);
          if (!mutation) continue;
          const at = span.start + mutation.index;
          reported.add(field.name);
          uses.push({
            className: cls.name,
            base: `${call[1]}(...)`,
            field: field.name,
            kind: field.kind,
            method: via ?? call[1]!,
            fieldRange: { start: lines.positionAt(field.offset), end: lines.positionAt(field.offset + field.name.length) },
            mutationRange: { start: lines.positionAt(at), end: lines.positionAt(at + mutation.length) },
            instantiated: true,
            closure: { operator: call[1]! },
          });
          break;
        }
      }
    }
  }
  return uses;
}
