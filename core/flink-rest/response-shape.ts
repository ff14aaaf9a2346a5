// What a JSON answer must look like before the client reads fields from it. Only the fields the
// client or its callers rely on are checked; Flink adds fields between versions and that is fine.

type Kind = 'string' | 'number' | 'boolean' | 'array' | 'object';

export interface ResponseShape {
  /** Fits "expected …". */
  readonly description: string;
  matches(value: unknown): boolean;
}

function kindOf(value: unknown): Kind | 'null' | 'undefined' {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  return type === 'string' || type === 'number' || type === 'boolean' || type === 'undefined' ? type : 'object';
}

/** A JSON object (not an array) whose listed fields have the listed kinds. */
export function objectWith(fields: Readonly<Record<string, Kind>> = {}): ResponseShape {
  const listed = Object.entries(fields).map(([key, kind]) => `"${key}" (${kind})`);
  return {
    description: listed.length === 0 ? 'an object' : `an object with ${listed.join(', ')}`,
    matches: (value) =>
      kindOf(value) === 'object' && Object.entries(fields).every(([key, kind]) => kindOf((value as Record<string, unknown>)[key]) === kind),
  };
}

/** A JSON array whose entries all match `entry`. */
export function arrayOf(entry: ResponseShape): ResponseShape {
  return {
    description: `an array of entries that are each ${entry.description}`,
    matches: (value) => Array.isArray(value) && value.every((item) => entry.matches(item)),
  };
}
