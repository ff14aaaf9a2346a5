// Robustness of the built language server (issue 6): drive server/out/server.cjs over stdio with a
// storm of mutated Java, PyFlink and Scala documents (full and incremental changes, no waiting),
// then check it is still up and still right: the original text gets its exact diagnostics, hover
// and CodeLens. Counts, not timings, are asserted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspTestClient } from '../../../server/src/test-support/lsp-test-client.js';
import { LineIndex } from '../parse/line-index.js';
import { repoRoot } from './fixtures.js';
import { malformedMessage } from './malformed-json-rpc.js';
import { mutateRandomly } from './mutate.js';
import { SeededRandom, seedOf } from './seeded-random.js';

const CHANGES_PER_DOCUMENT = Number(process.env.FLINK_FT_SERVER_FUZZ_CHANGES ?? 500);
const MALFORMED_MESSAGES = Number(process.env.FLINK_FT_SERVER_FUZZ_MALFORMED ?? 300);

/**
 * The SocketWordCount twins: after the storm each must again show FLINK001 (and only it of
 * FLINK001-003: the socket source is FLINK002 only once the job checkpoints).
 */
const documents = [
  { file: 'examples/java/src/main/java/dev/flinkft/examples/SocketWordCount.java', languageId: 'java', source: 'socketTextStream' },
  { file: 'examples/python/socket_word_count.py', languageId: 'python', source: 'add_source' },
  { file: 'examples/scala/src/main/scala/dev/flinkft/examples/SocketWordCount.scala', languageId: 'scala', source: 'socketTextStream' },
];

describe('language server under mutated documents', () => {
  let client: LspTestClient;
  let sent = 0;

  beforeAll(async () => {
    // The bundled server as a process over stdio: malformed bytes go to the real transport.
    client = await LspTestClient.startBundle();
  }, 180_000);

  afterAll(async () => {
    console.log(`server fuzz: ${sent} document changes sent over stdio to one server process`);
    await client?.stop();
  });

  it('stays up through a storm of broken edits and then analyses each language correctly', { timeout: 300_000 }, async () => {
    for (const { file, languageId, source } of documents) {
      const uri = `file:///fuzz/${file}`;
      const original = readFileSync(join(repoRoot, file), 'utf8');
      const random = new SeededRandom(seedOf(file, 0x5e4));
      await client.open(uri, original, languageId);
      for (let i = 0; i < CHANGES_PER_DOCUMENT; i++) {
        const { text } = mutateRandomly(original, random);
        if (i % 3 === 0) {
          // Incremental: replace a random span of the current text, as typing does.
          const current = client.text(uri);
          const lines = new LineIndex(current);
          const a = random.int(current.length + 1);
          const b = Math.min(current.length, a + random.int(40));
          await client.change(uri, [{ range: { start: lines.positionAt(a), end: lines.positionAt(b) }, text: text.slice(a, a + random.int(20)) }]);
        } else {
          await client.change(uri, [{ text }]);
        }
        sent++;
      }
      expect(client.alive, client.serverErrors).toBe(true);

      await client.change(uri, [{ text: original }]);
      sent++;
      const diagnostics = await client.diagnostics(uri);
      // Rules FLINK001-003 are this file's concern; later rules may add their own findings.
      expect(diagnostics.map((d) => String(d.code)).filter((code) => code <= 'FLINK003').sort()).toEqual(['FLINK001']);

      const at = new LineIndex(original).positionAt(original.indexOf(source) + 1);
      const hover = await client.hover(uri, at);
      expect(JSON.stringify(hover?.contents ?? '')).toContain('socketTextStream');
      const lenses = await client.codeLenses(uri);
      expect(lenses.map((l) => l.command?.title)).toEqual(['Flink: none — checkpointing off']);
    }
    expect(client.alive, client.serverErrors).toBe(true);
    expect(sent).toBe(documents.length * (CHANGES_PER_DOCUMENT + 1));
  });

  it('answers or ignores malformed JSON-RPC and stays right', { timeout: 120_000 }, async () => {
    const { file, languageId, source } = documents[0]!;
    const uri = `file:///fuzz-rpc/${file}`;
    const original = readFileSync(join(repoRoot, file), 'utf8');
    await client.open(uri, original, languageId);
    await client.diagnostics(uri);
    const random = new SeededRandom(seedOf(file, 0x7c));
    for (let i = 0; i < MALFORMED_MESSAGES; i++) client.writeRaw(malformedMessage(random, uri, 1_000_000 + i));
    // The server reads messages in order: once this is answered, every malformed one was handled.
    const at = new LineIndex(original).positionAt(original.indexOf(source) + 1);
    expect(JSON.stringify((await client.hover(uri, at))?.contents ?? '')).toContain('socketTextStream');
    expect(client.alive, client.serverErrors).toBe(true);
    await client.change(uri, [{ text: original }]);
    expect((await client.diagnostics(uri)).map((d) => String(d.code)).filter((code) => code <= 'FLINK003').sort()).toEqual(['FLINK001']);
  });
});
