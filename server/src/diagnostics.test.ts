// Diagnostics through the real server over stdio: what is published on open, after incremental
// edits, and after close.
import { describe, expect, it } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver/node';
import { checkpointedJob, socketJob, uncheckpointedJob } from './test-support/java-jobs.js';
import { sharedLspClient } from './test-support/shared-lsp-client.js';

const docs = 'https://github.com/flinkft/flink-fault-tolerance/blob/main/docs/rules/';
const flink001 = {
  range: { start: { line: 6, character: 41 }, end: { line: 6, character: 93 } },
  severity: DiagnosticSeverity.Warning,
  code: 'FLINK001',
  codeDescription: { href: `${docs}FLINK001.md` },
  source: 'flink-ft',
  message:
    'Checkpointing is never enabled for this streaming job: after a failure its state and source positions are lost, so records are lost or duplicated, and transactional sinks never commit.',
};

const client = sharedLspClient();

describe('diagnostics', () => {
  it('reports FLINK001 on the environment creation of a job without checkpointing', async () => {
    const uri = 'file:///jobs/Counter.java';
    await client().open(uri, uncheckpointedJob);
    const diagnostics = await client().diagnostics(uri);
    expect(diagnostics).toEqual([flink001]);
  });

  it('reports a non-replayable source and a sink weaker than exactly-once, pointing at the checkpoint mode', async () => {
    const uri = 'file:///jobs/SocketWordCount.java';
    await client().open(uri, socketJob);
    expect(await client().diagnostics(uri)).toEqual([
      {
        range: { start: { line: 9, character: 12 }, end: { line: 9, character: 47 } },
        severity: DiagnosticSeverity.Warning,
        code: 'FLINK002',
        codeDescription: { href: `${docs}FLINK002.md` },
        source: 'flink-ft',
        message: 'socketTextStream cannot replay records after a failure: everything read since the last checkpoint is lost (at-most-once).',
      },
      {
        range: { start: { line: 10, character: 13 }, end: { line: 10, character: 20 } },
        severity: DiagnosticSeverity.Warning,
        code: 'FLINK003',
        codeDescription: { href: `${docs}FLINK003.md` },
        source: 'flink-ft',
        message:
          'print() only gives at-least-once while the job checkpoints in exactly-once mode: records since the last checkpoint are written again (duplicated) after a recovery.',
        relatedInformation: [
          {
            location: { uri, range: { start: { line: 8, character: 12 }, end: { line: 8, character: 69 } } },
            message: 'The job promises exactly-once here.',
          },
        ],
      },
    ]);
  });

  it('reports nothing for a checkpointed job', async () => {
    const uri = 'file:///jobs/Checkpointed.java';
    await client().open(uri, checkpointedJob);
    expect(await client().diagnostics(uri)).toEqual([]);
  });

  it('clears FLINK001 after an incremental edit enables checkpointing, and brings it back on undo', async () => {
    const uri = 'file:///jobs/Edited.java';
    await client().open(uri, uncheckpointedJob);
    expect(await client().diagnostics(uri)).toHaveLength(1);

    // Typed in two keystroke-sized pieces, as an editor sends them.
    await client().change(uri, [{ range: { start: { line: 7, character: 0 }, end: { line: 7, character: 0 } }, text: '        env.enableCheck' }]);
    await client().change(uri, [{ range: { start: { line: 7, character: 23 }, end: { line: 7, character: 23 } }, text: 'pointing(1000);\n' }]);
    expect(client().text(uri)).toBe(uncheckpointedJob.replace('        env.fromSequence', '        env.enableCheckpointing(1000);\n        env.fromSequence'));
    expect(await client().diagnostics(uri)).toEqual([]);

    await client().change(uri, [{ range: { start: { line: 7, character: 0 }, end: { line: 8, character: 0 } }, text: '' }]);
    expect(client().text(uri)).toBe(uncheckpointedJob);
    expect(await client().diagnostics(uri)).toEqual([flink001]);
  });

  it('moves the range with edits above it', async () => {
    const uri = 'file:///jobs/Moved.java';
    await client().open(uri, uncheckpointedJob);
    await client().diagnostics(uri);
    await client().replace(uri, 'package demo;\n', 'package demo;\n\n// a comment that shifts everything down\n');
    const [diagnostic] = await client().diagnostics(uri);
    expect(diagnostic?.range).toEqual({ start: { line: 8, character: 41 }, end: { line: 8, character: 93 } });
  });

  it('never publishes an older version after a newer one during a burst of edits', async () => {
    const uri = 'file:///jobs/Burst.java';
    await client().open(uri, checkpointedJob);
    await client().diagnostics(uri);
    const published: (number | undefined)[] = [];
    const last = client().nextDiagnostics(uri, (params) => (published.push(params.version), params.version === 11));
    // Ten edits in a row, faster than the debounce: "enableCheckpointing" ↔ "EnableCheckpointing".
    for (let i = 0; i < 10; i++) {
      const text = i % 2 === 0 ? 'E' : 'e';
      await client().change(uri, [{ range: { start: { line: 7, character: 12 }, end: { line: 7, character: 13 } }, text }]);
    }
    expect(client().version(uri)).toBe(11);
    expect((await last).diagnostics).toEqual([]);
    expect(published).toEqual([...published].sort((a, b) => (a ?? 0) - (b ?? 0)));
    expect(published.every((version) => typeof version === 'number')).toBe(true);
  });

  it('clears diagnostics when the document closes', async () => {
    const uri = 'file:///jobs/Closed.java';
    await client().open(uri, uncheckpointedJob);
    expect(await client().diagnostics(uri)).toHaveLength(1);
    const cleared = client().nextDiagnostics(uri);
    await client().close(uri);
    expect((await cleared).diagnostics).toEqual([]);
  });

  it('analyses untitled documents too', async () => {
    const uri = 'untitled:Untitled-1';
    await client().open(uri, uncheckpointedJob);
    expect(await client().diagnostics(uri)).toEqual([flink001]);
  });
});
