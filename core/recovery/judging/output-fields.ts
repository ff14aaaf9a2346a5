// Reads structure out of the lines an ordinary job prints, with no configuration: `key=value`
// pairs, tuples `(a,1,2)` and flat JSON objects. Text values name the key (`word=the`), numbers are
// the fields the drill follows across the kill (`count=`, `seq=`, `total=`, a tuple's `#1`).

export interface LineFields {
  /** The line without Flink's print-sink prefix (`2> `). */
  text: string;
  /** The text fields, joined: which key the line is about ('' when none). */
  key: string;
  numbers: Map<string, number>;
}

const PRINT_PREFIX = /^\s*\d+>\s*/;
const NUMBER = /^-?\d+(?:\.\d+)?$/;
const PAIR = /([A-Za-z_][\w.-]*)=("[^"]*"|[^\s,;(){}[\]]+)/g;
const TUPLE = /^\(([^()]*)\)$/;

/** Undefined when the line has no structure the drill can read. */
export function lineFields(line: string): LineFields | undefined {
  const text = line.replace(PRINT_PREFIX, '').trim();
  const parts = jsonParts(text) ?? pairParts(text) ?? tupleParts(text);
  if (!parts) return undefined;
  const keys: string[] = [];
  const numbers = new Map<string, number>();
  for (const [name, value] of parts) {
    if (NUMBER.test(value)) numbers.set(name, Number(value));
    else keys.push(`${name}=${value}`);
  }
  return numbers.size > 0 ? { text, key: keys.join(' '), numbers } : undefined;
}

function jsonParts(text: string): [string, string][] | undefined {
  if (!text.startsWith('{')) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
    return Object.entries(value)
      .filter(([, v]) => ['string', 'number', 'boolean'].includes(typeof v))
      .map(([k, v]) => [k, String(v)]);
  } catch {
    return undefined;
  }
}

function pairParts(text: string): [string, string][] | undefined {
  const parts = [...text.matchAll(PAIR)].map((m): [string, string] => [m[1]!, m[2]!.replace(/^"|"$/g, '')]);
  return parts.length > 0 ? parts : undefined;
}

function tupleParts(text: string): [string, string][] | undefined {
  const inner = TUPLE.exec(text)?.[1] ?? (text.includes(',') && !text.includes(' ') ? text : undefined);
  if (inner === undefined) return undefined;
  const items = inner.split(',').map((s) => s.trim());
  return items.length >= 2 ? items.map((v, i): [string, string] => [`#${i}`, v]) : undefined;
}
