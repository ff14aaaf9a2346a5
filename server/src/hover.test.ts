// Hovers through the real server: sources, sinks and checkpoint calls explain their guarantee.
import { describe, expect, it } from 'vitest';
import { MarkupKind } from 'vscode-languageserver/node';
import { socketJob, uncheckpointedJob } from './test-support/java-jobs.js';
import { sharedLspClient } from './test-support/shared-lsp-client.js';

const client = sharedLspClient();

describe('hover', () => {
  it('explains a replayable source and says that checkpointing is off', async () => {
    const uri = 'file:///jobs/HoverSource.java';
    await client().open(uri, uncheckpointedJob);
    // Anywhere on `fromSequence(1, 1000)`, including its first and last character.
    for (const character of [12, 20, 32]) {
      expect(await client().hover(uri, { line: 7, character })).toEqual({
        contents: {
          kind: MarkupKind.Markdown,
          value:
            '**Source: fromSequence** — replayable, exactly-once\n\nReplayable, bounded: `NumberSequenceSource` checkpoints the remaining ranges.\n\nCheckpointing is **off** for this job.',
        },
        range: { start: { line: 7, character: 12 }, end: { line: 7, character: 33 } },
      });
    }
  });

  it('explains the checkpoint call (interval and mode together) and a sink', async () => {
    const uri = 'file:///jobs/HoverSink.java';
    await client().open(uri, socketJob);
    const checkpoint = await client().hover(uri, { line: 8, character: 20 });
    expect(checkpoint?.range).toEqual({ start: { line: 8, character: 12 }, end: { line: 8, character: 69 } });
    expect(checkpoint?.contents).toEqual({
      kind: MarkupKind.Markdown,
      value:
        '**Checkpointing** — this call enables checkpointing every 5 s.\n\nEffective mode: EXACTLY_ONCE, interval 5 s. Operator state is restored exactly once after a failure; end-to-end exactly-once also needs replayable sources and transactional or idempotent sinks.' +
        '\n\n---\n\n' +
        '**Checkpointing** — this call sets the checkpointing mode to EXACTLY_ONCE.\n\nEffective mode: EXACTLY_ONCE, interval 5 s. Operator state is restored exactly once after a failure; end-to-end exactly-once also needs replayable sources and transactional or idempotent sinks.',
    });
    const sink = await client().hover(uri, { line: 10, character: 15 });
    expect(sink?.range).toEqual({ start: { line: 10, character: 13 }, end: { line: 10, character: 20 } });
    expect(sink?.contents).toEqual({
      kind: MarkupKind.Markdown,
      value:
        "**Sink: print()** — at-least-once (default)\n\nAt-least-once: after a recovery, records since the last checkpoint are printed again (duplicates). Output goes to the TaskManager's stdout.\n\nCheckpointing is on every 5 s, mode EXACTLY_ONCE.",
    });
  });

  it('has nothing to say elsewhere', async () => {
    const uri = 'file:///jobs/HoverNothing.java';
    await client().open(uri, uncheckpointedJob);
    expect(await client().hover(uri, { line: 0, character: 3 })).toBeNull();
    expect(await client().hover(uri, { line: 7, character: 34 })).toBeNull();
    expect(await client().hover(uri, { line: 7, character: 11 })).toBeNull();
  });

  it('follows edits: the range moves with the text', async () => {
    const uri = 'file:///jobs/HoverMoved.java';
    await client().open(uri, uncheckpointedJob);
    await client().change(uri, [{ range: { start: { line: 7, character: 8 }, end: { line: 7, character: 8 } }, text: '/* c */ ' }]);
    expect((await client().hover(uri, { line: 7, character: 25 }))?.range).toEqual({
      start: { line: 7, character: 20 },
      end: { line: 7, character: 41 },
    });
  });
});
