// "Open Rule Documentation": from a quick fix (rule and URL given) and from the palette (asks the
// server for the rules and lets the user pick).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as vscode from '../test-support/fake-vscode.js';

vi.mock('vscode', () => import('../test-support/fake-vscode.js'));
// The real module requires `vscode` through CommonJS, out of vi.mock's reach; only RequestType0 is used.
vi.mock('vscode-languageclient/node', () => ({
  RequestType0: class {
    constructor(readonly method: string) {}
  },
}));
const { openRuleDocs } = await import('./docs.js');
type Ctx = import('../ctx.js').Ctx;

const rules = [
  { id: 'FLINK001', name: 'checkpointing-disabled', description: 'Checkpointing is never enabled.', docsUrl: 'https://docs.example/FLINK001.md' },
  { id: 'FLINK002', name: 'non-replayable-source', description: 'The source cannot replay.', docsUrl: 'https://docs.example/FLINK002.md' },
];
const requests: string[] = [];
/** A Ctx whose client answers flinkFt/listRules, or no client at all (server not running). */
function ctxWith(running: boolean): Ctx {
  const client = {
    sendRequest: async (type: { method: string }) => {
      requests.push(type.method);
      return rules;
    },
  };
  return { client: running ? client : undefined } as unknown as Ctx;
}

beforeEach(() => {
  vscode.reset();
  requests.length = 0;
});

describe('openRuleDocs', () => {
  it('opens the page a quick fix passes', async () => {
    await openRuleDocs(ctxWith(false))('FLINK001', 'https://docs.example/FLINK001.md');
    expect(vscode.calls.openExternal).toEqual(['https://docs.example/FLINK001.md']);
  });

  it('refuses anything but a web address', async () => {
    await openRuleDocs(ctxWith(false))('FLINK001', 'file:///etc/passwd');
    expect(vscode.calls.openExternal).toEqual([]);
    expect(vscode.calls.messages).toEqual([
      { level: 'error', text: 'Not opening documentation for FLINK001: "file:///etc/passwd" is not a web address.' },
    ]);
  });

  it('from the palette: lists the server\'s rules and opens the one picked', async () => {
    vscode.quickPick.choose = (items) => items[1];
    await openRuleDocs(ctxWith(true))();
    expect(requests).toEqual(['flinkFt/listRules']);
    expect(vscode.calls.quickPicks[0]?.items).toEqual([
      { label: 'FLINK001', description: 'checkpointing-disabled', detail: 'Checkpointing is never enabled.', docsUrl: 'https://docs.example/FLINK001.md' },
      { label: 'FLINK002', description: 'non-replayable-source', detail: 'The source cannot replay.', docsUrl: 'https://docs.example/FLINK002.md' },
    ]);
    expect(vscode.calls.openExternal).toEqual(['https://docs.example/FLINK002.md']);
  });

  it('from the palette: opens nothing when the pick is cancelled', async () => {
    await openRuleDocs(ctxWith(true))();
    expect(vscode.calls.quickPicks).toHaveLength(1);
    expect(vscode.calls.openExternal).toEqual([]);
  });

  it('explains what to do when the server is not running', async () => {
    await openRuleDocs(ctxWith(false))();
    expect(requests).toEqual([]);
    expect(vscode.calls.messages).toEqual([
      {
        level: 'warning',
        text: 'The Flink language server is not running, so the rule list is unavailable. Run "Flink: Restart Language Server" and try again.',
      },
    ]);
  });
});
