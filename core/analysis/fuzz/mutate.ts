// Mutations that turn a real job into the broken, half-typed code an editor sees while typing:
// tokens and lines deleted, duplicated or swapped, truncation at a random point, stray brackets and
// quotes. Splitting into "tokens" here only chooses where to cut the fixture text; the analyzer under
// test still works on syntax trees.
import type { SeededRandom } from './seeded-random.js';

export type MutationKind =
  | 'delete-token' | 'duplicate-token' | 'swap-tokens'
  | 'delete-line' | 'duplicate-line' | 'swap-lines'
  | 'truncate' | 'insert-noise';

export const MUTATION_KINDS: readonly MutationKind[] = [
  'delete-token', 'duplicate-token', 'swap-tokens', 'delete-line', 'duplicate-line', 'swap-lines', 'truncate', 'insert-noise',
];

/** Words, numbers, quotes, brackets and operators; whitespace runs stay attached to nothing. */
const TOKEN = /[A-Za-z_$][\w$]*|\d[\w.]*|"""|'''|\\\n|[^\sA-Za-z_$\d]/g;
const NOISE = ['(', ')', '{', '}', '[', ']', '"', "'", '"""', '\\', ':', '.', ',', ';', '=', '\n', '\t', '    ', 'env', 'new', 'def', 'val', '//', '#', '/*', 'é', '\u{1F600}'];

interface Span {
  start: number;
  end: number;
}

function tokenSpans(text: string): Span[] {
  const spans: Span[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

function lineSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      spans.push({ start, end: Math.min(i + 1, text.length) });
      start = i + 1;
    }
  }
  return spans.filter((s) => s.end > s.start);
}

function swap(text: string, a: Span, b: Span): string {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  if (first.end > second.start) return text;
  return text.slice(0, first.start) + text.slice(second.start, second.end) + text.slice(first.end, second.start) + text.slice(first.start, first.end) + text.slice(second.end);
}

export function mutate(text: string, kind: MutationKind, random: SeededRandom): string {
  switch (kind) {
    case 'delete-token':
    case 'duplicate-token':
    case 'swap-tokens': {
      const tokens = tokenSpans(text);
      const a = random.pick(tokens);
      if (!a) return text;
      if (kind === 'delete-token') return text.slice(0, a.start) + text.slice(a.end);
      if (kind === 'duplicate-token') return text.slice(0, a.end) + text.slice(a.start, a.end) + text.slice(a.end);
      return swap(text, a, random.pick(tokens)!);
    }
    case 'delete-line':
    case 'duplicate-line':
    case 'swap-lines': {
      const lines = lineSpans(text);
      const a = random.pick(lines);
      if (!a) return text;
      if (kind === 'delete-line') return text.slice(0, a.start) + text.slice(a.end);
      if (kind === 'duplicate-line') return text.slice(0, a.end) + (text.endsWith('\n') || a.end < text.length ? '' : '\n') + text.slice(a.start, a.end) + text.slice(a.end);
      return swap(text, a, random.pick(lines)!);
    }
    case 'truncate':
      return text.slice(0, random.int(text.length + 1));
    case 'insert-noise': {
      const at = random.int(text.length + 1);
      return text.slice(0, at) + random.pick(NOISE)! + text.slice(at);
    }
  }
}

/** One to three stacked mutations, so damage compounds the way fast typing does. */
export function mutateRandomly(text: string, random: SeededRandom): { text: string; kinds: MutationKind[] } {
  const kinds: MutationKind[] = [];
  let current = text;
  const rounds = 1 + random.int(3);
  for (let i = 0; i < rounds; i++) {
    const kind = random.pick(MUTATION_KINDS)!;
    kinds.push(kind);
    current = mutate(current, kind, random);
  }
  return { text: current, kinds };
}
