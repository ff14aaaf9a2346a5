// Mutations that turn a real job into the broken, half-typed code an editor sees while typing:
// tokens and lines deleted, duplicated or swapped, truncation at a random point, stray brackets and
// quotes. Splitting into "tokens" here only chooses where to cut the fixture text; the analyzer under
// test still works on syntax trees.
import type { SeededRandom } from './seeded-random.js';

export type MutationKind =
  | 'delete-token' | 'duplicate-token' | 'swap-tokens'
  | 'delete-line' | 'duplicate-line' | 'swap-lines'
  | 'truncate' | 'insert-noise'
  | 'repeat-block' | 'nest-deep' | 'chain-deep' | 'insert-binary';

export const MUTATION_KINDS: readonly MutationKind[] = [
  'delete-token', 'duplicate-token', 'swap-tokens', 'delete-line', 'duplicate-line', 'swap-lines', 'truncate', 'insert-noise',
  'repeat-block', 'nest-deep', 'chain-deep', 'insert-binary',
];

/**
 * Size and depth stay where analysis is meant to work (well below the size cap and the nesting at
 * which a recursive front end runs out of stack): the point is to find cost that grows faster
 * than the input, and crashes on odd bytes, not to re-find the known limits.
 */
const MAX_REPEAT = 10;
const MAX_DEPTH = 100;

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
    case 'repeat-block': {
      // A block of lines pasted many times: generated code, a paste gone wrong.
      const lines = lineSpans(text);
      const first = random.int(lines.length);
      const last = Math.min(lines.length - 1, first + random.int(10));
      const a = lines[first];
      const b = lines[last];
      if (!a || !b) return text;
      const block = text.slice(a.start, b.end);
      return text.slice(0, b.end) + (block.endsWith('\n') ? '' : '\n') + `${block}\n`.repeat(1 + random.int(MAX_REPEAT)) + text.slice(b.end);
    }
    case 'nest-deep': {
      const a = random.pick(tokenSpans(text));
      if (!a) return text;
      const depth = 1 + random.int(MAX_DEPTH);
      return text.slice(0, a.start) + '('.repeat(depth) + text.slice(a.start, a.end) + ')'.repeat(depth) + text.slice(a.end);
    }
    case 'chain-deep': {
      // A long fluent chain after a token: the shape that overflowed the front ends' stacks.
      const a = random.pick(tokenSpans(text));
      if (!a) return text;
      return text.slice(0, a.end) + '.map(x)'.repeat(1 + random.int(MAX_DEPTH)) + text.slice(a.end);
    }
    case 'insert-binary': {
      const at = random.int(text.length + 1);
      const bytes = Array.from({ length: 1 + random.int(256) }, () => String.fromCharCode(random.int(256)));
      return text.slice(0, at) + bytes.join('') + text.slice(at);
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
