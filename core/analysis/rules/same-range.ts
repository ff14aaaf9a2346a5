// Whether two ranges are the same, for matching a model element to the call that recorded it.
import type { Range } from '../types.js';

export function sameRange(a: Range | undefined, b: Range): boolean {
  return !!a && a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
