import { describe, expect, it } from 'vitest';
import { OverloadIndex } from './overload-index.js';

describe('OverloadIndex', () => {
  const index = new OverloadIndex<string>();
  index.add('f', 1, 'f/1 first');
  index.add('f', 2, 'f/2');
  index.add('f', 1, 'f/1 second');
  index.add('Job\u0000run', 0, 'Job.run');

  it('finds the first member of a name taking that many arguments', () => {
    expect(index.find('f', 1)).toBe('f/1 first');
    expect(index.find('f', 2)).toBe('f/2');
    expect(index.find('Job\u0000run', 0)).toBe('Job.run');
  });

  it('falls back to the first member of the name when no arity matches (find), or to nothing (exact)', () => {
    expect(index.find('f', 5)).toBe('f/1 first');
    expect(index.exact('f', 5)).toBeUndefined();
    expect(index.find('g', 1)).toBeUndefined();
  });
});
