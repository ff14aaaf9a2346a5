// Fixes that insert one statement: the expected text is the case's own code with that line added,
// so the case states where the line goes instead of repeating the whole job.

/** The invalid case with `output`: its code with `line` inserted after line `after` (1-based). */
export function fixInsertsLine<T extends { code: string }>(testCase: T, after: number, line: string): T & { output: string } {
  const lines = testCase.code.split('\n');
  if (after < 1 || after > lines.length) throw new Error(`no line ${after} in the case's code`);
  lines.splice(after, 0, line);
  return { ...testCase, output: lines.join('\n') };
}
