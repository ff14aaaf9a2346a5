// Over stdio on the built bundle, as an editor runs it: crashes and raw bytes show only there.
// The server survives what editors really send: binary junk, half-typed code, edits that do not
// fit the document, languages it does not know. After each, it still answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkpointedJob, uncheckpointedJob } from './test-support/java-jobs.js';
import { LspTestClient } from './test-support/lsp-test-client.js';

let client: LspTestClient;
beforeAll(async () => {
  client = await LspTestClient.startBundle();
});
afterAll(async () => {
  await client?.stop();
});

/** Proves the server is alive and still analysing: a fresh job gets its FLINK001. */
async function expectServerStillWorks(): Promise<void> {
  const uri = `file:///jobs/Probe${client.logs.length}-${Date.now()}.java`;
  await client.open(uri, uncheckpointedJob);
  expect(await client.diagnostics(uri)).toMatchObject([{ code: 'FLINK001' }]);
  expect(await client.hover(uri, { line: 0, character: 0 })).toBeNull();
  await client.close(uri);
  expect(client.alive).toBe(true);
}

/** Deterministic pseudo-random text (a fixed seed keeps failures reproducible). */
function junk(seed: number, length: number): string {
  let state = seed;
  let text = '';
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    text += String.fromCharCode(state % 0xd7ff); // any BMP code unit below the surrogates, NUL included
  }
  return text;
}

describe('robustness', () => {
  it('survives random characters as a Java document', async () => {
    for (const seed of [1, 2, 3]) {
      const uri = `file:///jobs/Junk${seed}.java`;
      await client.open(uri, junk(seed, 5_000));
      await client.diagnostics(uri);
    }
    await expectServerStillWorks();
  });

  it('survives lone surrogates and control characters', async () => {
    const uri = 'file:///jobs/Surrogates.java';
    await client.open(uri, `class A { \ud800 \udfff \u0000 \u001b[31m ${'('.repeat(2_000)}`);
    await client.diagnostics(uri);
    await expectServerStillWorks();
  });

  it('survives every prefix of a job while it is being typed, and reports on the finished job', async () => {
    const uri = 'file:///jobs/Typing.java';
    await client.open(uri, '');
    // Type the job in chunks of 7 characters at the end of the document.
    for (let offset = 0; offset < uncheckpointedJob.length; offset += 7) {
      const text = client.text(uri);
      const lines = text.split('\n');
      const end = { line: lines.length - 1, character: lines.at(-1)?.length ?? 0 };
      await client.change(uri, [{ range: { start: end, end }, text: uncheckpointedJob.slice(offset, offset + 7) }]);
    }
    expect(client.text(uri)).toBe(uncheckpointedJob);
    expect(await client.diagnostics(uri)).toMatchObject([{ code: 'FLINK001' }]);
    expect(client.alive).toBe(true);
  });

  it('survives deleting a job line by line from the top', async () => {
    const uri = 'file:///jobs/Deleting.java';
    await client.open(uri, checkpointedJob);
    while (client.text(uri).length > 0) {
      const text = client.text(uri);
      const end = text.includes('\n') ? { line: 1, character: 0 } : { line: 0, character: text.length };
      await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end }, text: '' }]);
    }
    expect(await client.diagnostics(uri)).toEqual([]);
    await expectServerStillWorks();
  });

  it('survives an edit whose range lies beyond the end of the document', async () => {
    const uri = 'file:///jobs/OutOfRange.java';
    await client.open(uri, 'class A {}\n');
    await client.change(uri, [{ range: { start: { line: 40, character: 3 }, end: { line: 2, character: 99 } }, text: 'x' }]);
    await expectServerStillWorks();
  });

  it('ignores languages it does not analyse', async () => {
    const uri = 'file:///notes/readme.md';
    await client.open(uri, '# env.execute()', 'markdown');
    await client.change(uri, [{ text: 'still markdown' }]);
    expect(await client.hover(uri, { line: 0, character: 1 })).toBeNull();
    expect(await client.codeLenses(uri)).toEqual([]);
    await expectServerStillWorks();
  });

  it('answers requests for documents it never saw', async () => {
    expect(await client.hover('file:///never-opened.java', { line: 0, character: 0 })).toBeNull();
    expect(await client.codeLenses('file:///never-opened.java')).toEqual([]);
    expect(await client.codeActions('file:///never-opened.java', { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } })).toEqual([]);
  });

  it('lists its rules for the client (flinkFt/listRules)', async () => {
    const rules = await client.listRules();
    expect(rules.map(({ id, docsUrl }) => ({ id, docsUrl }))).toEqual(
      ['FLINK001', 'FLINK002', 'FLINK003', 'FLINK004', 'FLINK005', 'FLINK006', 'FLINK007', 'FLINK008', 'FLINK009', 'FLINK010', 'FLINK011', 'FLINK012'].map((id) => ({ id, docsUrl: `https://github.com/flinkft/flink-fault-tolerance/blob/main/docs/rules/${id}.md` })),
    );
    expect(rules.map(({ name }) => name)).toEqual([
      'checkpointing-disabled', 'non-replayable-source', 'sink-guarantee-mismatch', 'missing-operator-uid', 'checkpoints-not-retained',
      'restarts-disabled', 'at-least-once-mode', 'kafka-transaction-timeout', 'removed-flink-api', 'unknown-config-key', 'state-in-field', 'kafka-shared-transactional-id',
    ]);
  });
});
