import { describe, expect, it } from 'vitest';
import { fixInsertsLine } from './fixed-text.js';

describe('fixInsertsLine', () => {
  it('expects the code with the line inserted after the given 1-based line, keeping the rest of the case', () => {
    const testCase = fixInsertsLine({ code: 'a\nb\nc', errors: [] }, 1, 'x');
    expect(testCase).toEqual({ code: 'a\nb\nc', errors: [], output: 'a\nx\nb\nc' });
  });

  it('refuses a line the code does not have', () => {
    expect(() => fixInsertsLine({ code: 'a' }, 2, 'x')).toThrow('no line 2');
  });
});
