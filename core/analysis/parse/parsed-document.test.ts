import { beforeAll, describe, expect, it } from 'vitest';
import type { Parser } from 'web-tree-sitter';
import type { Range } from '../types.js';
import { loadGrammars } from './grammar-loader.js';
import { LineIndex } from './line-index.js';
import { TreeDocument } from './parsed-document.js';

let parser: Parser;
beforeAll(async () => {
  const grammars = await loadGrammars(['java']);
  parser = grammars.parsers.java!;
});

const source = `public class Job {
  // Grüße, 😀 and ü before the code
  public static void main(String[] args) throws Exception {
    String s = "é😀x";
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.execute("naïve");
  }
}
`;

function fresh(text: string): string {
  const tree = parser.parse(text)!;
  const printed = tree.rootNode.toString();
  tree.delete();
  return printed;
}

function range(startLine: number, startChar: number, endLine: number, endChar: number): Range {
  return { start: { line: startLine, character: startChar }, end: { line: endLine, character: endChar } };
}

describe('web-tree-sitter positions', () => {
  it('counts columns and indices in UTF-16 code units, like LSP characters and JS string indices', () => {
    const doc = new TreeDocument('file:///Job.java', 'java', source, 1, parser);
    const root = doc.tree!.rootNode;
    const env = root.descendantsOfType('identifier').find((n) => n?.text === 'env')!;
    const line = source.split('\n')[4]!;
    expect(env.startPosition).toEqual({ row: 4, column: line.indexOf('env') });
    expect(env.startIndex).toBe(source.indexOf(' env =') + 1);
    const literal = root.descendantsOfType('string_literal')[0]!;
    // "é😀x" with quotes: é is one code unit, the emoji two.
    expect(literal.endPosition.column - literal.startPosition.column).toBe(6);
    doc.dispose();
  });
});

describe('TreeDocument.update', () => {
  it('re-parses an insertion after non-ASCII text to the same tree as a fresh parse', () => {
    const doc = new TreeDocument('file:///Job.java', 'java', source, 1, parser);
    const line = source.split('\n')[4]!;
    const at = line.indexOf(';') + 1;
    doc.update([{ range: range(4, at, 4, at), text: '\n    env.enableCheckpointing(10_000);' }], 2);
    expect(doc.version).toBe(2);
    expect(doc.text).toContain('getExecutionEnvironment();\n    env.enableCheckpointing(10_000);\n    env.execute');
    expect(doc.tree!.rootNode.toString()).toBe(fresh(doc.text));
    doc.dispose();
  });

  it('applies several changes in order, each against the text left by the previous one', () => {
    const doc = new TreeDocument('file:///Job.java', 'java', source, 1, parser);
    doc.update(
      [
        { range: range(3, 16, 3, 20), text: 'ok' }, // é😀x is 4 UTF-16 code units: é, the surrogate pair, x
        { range: range(1, 0, 2, 0), text: '' }, // deletes the comment line, shifting everything up
        { range: range(4, 16, 4, 23), text: '"done"' },
      ],
      5,
    );
    const expected = source
      .replace('"é😀x";', '"ok";')
      .replace('  // Grüße, 😀 and ü before the code\n', '');
    const lines = expected.split('\n');
    lines[4] = lines[4]!.slice(0, 16) + '"done"' + lines[4]!.slice(23);
    expect(doc.text).toBe(lines.join('\n'));
    expect(doc.tree!.rootNode.toString()).toBe(fresh(doc.text));
    doc.dispose();
  });

  it('keeps the tree equal to a fresh parse over a sequence of typing edits, including half-typed code', () => {
    const doc = new TreeDocument('file:///Job.java', 'java', source, 1, parser);
    const typed = '\n    env.getCheckpointConfig().setCheckpointInterval(5000L);';
    const line = 5;
    let character = source.split('\n')[line]!.length;
    let version = 1;
    for (const ch of typed) {
      if (ch === '\n') {
        doc.update([{ range: range(line, character, line, character), text: ch }], ++version);
        character = 0;
        continue;
      }
      doc.update([{ range: range(line + 1, character, line + 1, character), text: ch }], ++version);
      character += ch.length;
      expect(doc.tree!.rootNode.toString()).toBe(fresh(doc.text));
    }
    expect(doc.text).toContain('env.execute("naïve");\n    env.getCheckpointConfig().setCheckpointInterval(5000L);\n  }');
    doc.dispose();
  });

  it('replaces the whole text on a change without a range', () => {
    const doc = new TreeDocument('file:///Job.java', 'java', source, 1, parser);
    doc.update([{ text: 'class Other {}' }], 2);
    expect(doc.text).toBe('class Other {}');
    expect(doc.tree!.rootNode.toString()).toBe(fresh('class Other {}'));
    doc.dispose();
  });

  it('clamps ranges past the end of a line or of the document', () => {
    const doc = new TreeDocument('file:///A.java', 'java', 'class A {}\n', 1, parser);
    doc.update([{ range: range(0, 99, 7, 3), text: ' // end' }], 2);
    expect(doc.text).toBe('class A {} // end');
    expect(doc.tree!.rootNode.toString()).toBe(fresh(doc.text));
    doc.dispose();
  });

  it.each([
    ['a fractional character', { start: { line: 0, character: 1.5 }, end: { line: 0, character: 2 } }],
    ['a negative line', { start: { line: -1, character: 0 }, end: { line: 0, character: 2 } }],
    ['a character that is not a number', { start: { line: 0, character: '1' }, end: { line: 0, character: 2 } }],
    ['an infinite line', { start: { line: 0, character: 0 }, end: { line: Infinity, character: 0 } }],
  ])('rejects a change with %s and leaves the document as it was', (_name, bad) => {
    const doc = new TreeDocument('file:///A.java', 'java', 'class A {}\n', 1, parser);
    const changes = [{ range: range(0, 0, 0, 0), text: '// ok\n' }, { range: bad as Range, text: 'x' }];
    expect(() => doc.update(changes, 2)).toThrow(/not a valid LSP position/);
    expect(doc.text).toBe('class A {}\n');
    expect(doc.version).toBe(1);
    doc.dispose();
  });

  it('refuses updates after dispose and frees the tree', () => {
    const doc = new TreeDocument('file:///A.java', 'java', 'class A {}', 1, parser);
    doc.dispose();
    expect(doc.tree).toBeNull();
    expect(() => doc.update([{ text: 'x' }], 2)).toThrow('was disposed');
  });

  it('has no tree when the grammar is unavailable, but still tracks text', () => {
    const doc = new TreeDocument('file:///a.py', 'python', 'print(1)\n', 1, undefined);
    doc.update([{ range: range(0, 6, 0, 7), text: '2' }], 2);
    expect(doc.text).toBe('print(2)\n');
    expect(doc.tree).toBeNull();
  });
});

describe('LineIndex', () => {
  it('maps positions and offsets across LF and CRLF line breaks', () => {
    const text = 'ab\r\ncd\nü😀z';
    const lines = new LineIndex(text);
    expect(lines.lineCount).toBe(3);
    expect(lines.offsetAt({ line: 1, character: 1 })).toBe(5);
    expect(lines.offsetAt({ line: 0, character: 10 })).toBe(2); // never inside the line break
    expect(lines.positionAt(text.indexOf('z'))).toEqual({ line: 2, character: 3 });
    expect(lines.lineText(0)).toBe('ab');
    expect(lines.lineText(2)).toBe('ü😀z');
  });
});
