// Classes of a source file found by a text scan (no tree walk): names, the types they extend or
// implement, and their bodies, in Java, Scala and Python. Shared by the Flink-semantics passes that
// look at user classes (FLINK011's field state, user-defined sinks).
import type { LanguageId } from '../types.js';

export interface ClassSpan {
  name: string;
  bases: string[];
  /** Offsets of the body: after `{` (or `:`) to before `}` (or the end of the indented block). */
  start: number;
  end: number;
  anonymous: boolean;
}

/** Replaces comments and string literals by spaces (line breaks kept), so offsets stay valid. */
export function blankCommentsAndStrings(text: string, language: LanguageId): string {
  if (lastMasked && lastMasked.text === text && lastMasked.language === language) return lastMasked.masked;
  const parts: string[] = [];
  let copied = 0;
  const blank = (from: number, to: number) => {
    if (to <= from) return;
    parts.push(text.slice(copied, from), text.slice(from, to).replace(/[^\n]/g, ' '));
    copied = to;
  };
  const lineComment = language === 'python' ? '#' : '//';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === lineComment[0] && text.startsWith(lineComment, i)) {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? text.length : end;
      blank(i, stop);
      i = stop;
    } else if (c === '/' && language !== 'python' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      blank(i, stop);
      i = stop;
    } else if ((c === '"' || (c === "'" && language === 'python')) && text[i + 1] === c && text[i + 2] === c) {
      const quote = text.slice(i, i + 3);
      const end = text.indexOf(quote, i + 3);
      const stop = end < 0 ? text.length : end + 3;
      blank(i + 1, stop - 1);
      i = stop;
    } else if (c === '"' || (c === "'" && language === 'python')) {
      let j = i + 1;
      while (j < text.length && text[j] !== c && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      blank(i + 1, Math.min(j, text.length));
      i = j + 1;
    } else if (c === "'" && text[i + 2] === "'") {
      i += 3; // a JVM char literal such as ',' or '{'
    } else if (c === "'" && text[i + 1] === '\\') {
      const end = text.indexOf("'", i + 2);
      i = end < 0 ? text.length : end + 1;
    } else {
      i++;
    }
  }
  parts.push(text.slice(copied));
  const masked = parts.join('');
  lastMasked = { text, language, masked };
  return masked;
}

/** The passes over one file each ask for its masked text: keep the last one. */
let lastMasked: { text: string; language: LanguageId; masked: string } | undefined;

/** The offset of the `}` closing the `{` at `open`, or the text's end. */
export function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return text.length;
}

function identifiers(text: string): string[] {
  return [...text.matchAll(/[A-Za-z_][\w]*/g)].map((m) => m[0]);
}

function jvmClasses(text: string): ClassSpan[] {
  const classes: ClassSpan[] = [];
  for (const m of text.matchAll(/\b(?:class|object)\s+(\w+)([^{;]*)\{/g)) {
    const open = m.index + m[0].length - 1;
    classes.push({ name: m[1]!, bases: identifiers(m[2]!), start: open + 1, end: closingBrace(text, open), anonymous: false });
  }
  // `new RichMapFunction<String, Long>() { ... }` (Java) and `new RichMapFunction[String, Long] { ... }` (Scala)
  for (const m of text.matchAll(/\bnew\s+([\w.]+)\s*(?:<[^(){};]*>|\[[^(){};]*\])?\s*(?:\([^(){};]*\))?\s*(?:with\s+[\w.\s[\],]+)?\{/g)) {
    const open = m.index + m[0].length - 1;
    const base = m[1]!.slice(m[1]!.lastIndexOf('.') + 1);
    classes.push({ name: base, bases: identifiers(m[0].slice(3)), start: open + 1, end: closingBrace(text, open), anonymous: true });
  }
  return classes;
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** The end offset of the indented block that starts on the line after `from`. */
export function blockEnd(text: string, from: number, indent: number): number {
  let offset = text.indexOf('\n', from);
  if (offset < 0) return text.length;
  let end = offset;
  while (offset < text.length) {
    const next = text.indexOf('\n', offset + 1);
    const line = text.slice(offset + 1, next < 0 ? text.length : next);
    if (line.trim() !== '') {
      if (indentOf(line) <= indent) break;
      end = next < 0 ? text.length : next;
    }
    if (next < 0) break;
    offset = next;
  }
  return end;
}

function pythonClasses(text: string): ClassSpan[] {
  const classes: ClassSpan[] = [];
  for (const m of text.matchAll(/^([ \t]*)class\s+(\w+)\s*\(([^)]*)\)\s*:/gm)) {
    const start = m.index + m[0].length;
    classes.push({ name: m[2]!, bases: identifiers(m[3]!), start, end: blockEnd(text, start, m[1]!.length), anonymous: false });
  }
  return classes;
}

/** Classes of a text whose comments and strings are blanked, named and anonymous. */
export function scanClasses(masked: string, language: LanguageId): ClassSpan[] {
  return language === 'python' ? pythonClasses(masked) : jvmClasses(masked);
}

/** Every type a class extends or implements, through base classes declared in the same text. */
export function ancestorsIn(classes: readonly ClassSpan[]): (cls: ClassSpan) => Set<string> {
  const byName = new Map(classes.filter((c) => !c.anonymous).map((c) => [c.name, c]));
  return (cls) => {
    const all = new Set<string>();
    const queue = [...cls.bases];
    while (queue.length > 0) {
      const base = queue.shift()!;
      if (all.has(base)) continue;
      all.add(base);
      const declared = byName.get(base);
      if (declared && declared !== cls) queue.push(...declared.bases);
    }
    return all;
  };
}
