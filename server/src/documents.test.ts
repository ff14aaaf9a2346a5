// DocumentStore in-process: which documents it tracks, that edits reach the analyzer's document as
// incremental changes (so the tree is re-parsed incrementally), and what happens when one fails.
import { describe, expect, it } from 'vitest';
import type { Analyzer, ContentChange, LanguageId, ParsedDocument } from '../../core/analysis/index.js';
import { DocumentStore } from './documents.js';
import { LogOnce } from './log-once.js';

interface Recorded {
  opened: { uri: string; languageId: LanguageId; version: number | undefined }[];
  updates: { changes: ContentChange[]; version: number }[];
  disposed: string[];
}

function setUp(failUpdates = false): { store: DocumentStore; recorded: Recorded; logged: string[] } {
  const recorded: Recorded = { opened: [], updates: [], disposed: [] };
  const analyzer: Analyzer = {
    rules: [],
    grammarFailures: [],
    languageForPath: (path) => (path.endsWith('.py') ? 'python' : path.endsWith('.java') ? 'java' : undefined),
    open: (uri, languageId, text, version): ParsedDocument => {
      recorded.opened.push({ uri, languageId, version });
      let current = version ?? 0;
      return {
        uri,
        languageId,
        text,
        get version() {
          return current;
        },
        update(changes, next) {
          if (failUpdates) throw new RangeError('position out of range');
          recorded.updates.push({ changes, version: next });
          current = next;
        },
        dispose: () => recorded.disposed.push(uri),
      };
    },
    analyze: () => ({ findings: [], jobs: [], hovers: [], ruleErrors: [] }),
    analyzeText: () => ({ findings: [], jobs: [], hovers: [], ruleErrors: [] }),
  };
  const logged: string[] = [];
  return { store: new DocumentStore(analyzer, new LogOnce((message) => logged.push(message))), recorded, logged };
}

describe('DocumentStore', () => {
  it('tracks Java, Scala and Python by language id, other ids by file extension, and nothing else', () => {
    const { store, recorded } = setUp();
    for (const [uri, languageId] of [
      ['file:///A.java', 'java'],
      ['file:///B.scala', 'scala'],
      ['file:///c.py', 'python'],
      ['file:///d%20e.py', 'plaintext'],
      ['file:///README.md', 'markdown'],
    ] as const) {
      store.open({ textDocument: { uri, languageId, version: 3, text: '' } });
    }
    expect(recorded.opened).toEqual([
      { uri: 'file:///A.java', languageId: 'java', version: 3 },
      { uri: 'file:///B.scala', languageId: 'scala', version: 3 },
      { uri: 'file:///c.py', languageId: 'python', version: 3 },
      { uri: 'file:///d%20e.py', languageId: 'python', version: 3 },
    ]);
    expect(store.uris()).toEqual(['file:///A.java', 'file:///B.scala', 'file:///c.py', 'file:///d%20e.py']);
  });

  it('hands incremental changes to the document unchanged, with the new version', () => {
    const { store, recorded } = setUp();
    store.open({ textDocument: { uri: 'file:///A.java', languageId: 'java', version: 1, text: 'class A {}' } });
    const change = { range: { start: { line: 0, character: 9 }, end: { line: 0, character: 9 } }, text: ' int x; ' };
    const document = store.change({ textDocument: { uri: 'file:///A.java', version: 2 }, contentChanges: [change] });
    expect(recorded.updates).toEqual([{ changes: [change], version: 2 }]);
    expect(document?.version).toBe(2);
    expect(store.change({ textDocument: { uri: 'file:///Other.java', version: 2 }, contentChanges: [change] })).toBeUndefined();
  });

  it('drops a document whose edit fails, logging the failure once', () => {
    const { store, recorded, logged } = setUp(true);
    for (const uri of ['file:///A.java', 'file:///B.java']) {
      store.open({ textDocument: { uri, languageId: 'java', version: 1, text: '' } });
      expect(store.change({ textDocument: { uri, version: 2 }, contentChanges: [{ text: 'x' }] })).toBeUndefined();
      expect(store.get(uri)).toBeUndefined();
    }
    expect(recorded.disposed).toEqual(['file:///A.java', 'file:///B.java']);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^Could not apply an edit to file:\/\/\/A\.java: RangeError: position out of range/);
  });

  it('disposes the previous document when the same URI is opened again, and on close', () => {
    const { store, recorded } = setUp();
    store.open({ textDocument: { uri: 'file:///A.java', languageId: 'java', version: 1, text: '' } });
    store.open({ textDocument: { uri: 'file:///A.java', languageId: 'java', version: 5, text: '' } });
    store.close('file:///A.java');
    expect(recorded.disposed).toEqual(['file:///A.java', 'file:///A.java']);
    expect(store.uris()).toEqual([]);
  });
});
