// Issue 18 through the real server: a file whose analysis failed or that is too large to analyse
// gets a diagnostic saying so (never an empty, "clean" list), and an edit with a fractional
// position is refused rather than corrupting the server's copy of the document.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_FILE_BYTES } from '../../core/source-files/index.js';
import { uncheckpointedJob } from './test-support/java-jobs.js';
import { LspTestClient } from './test-support/lsp-test-client.js';

let client: LspTestClient;
beforeAll(async () => {
  client = await LspTestClient.startBundle();
});
afterAll(async () => {
  await client?.stop();
});

const codes = (diagnostics: { code?: string | number }[]) => diagnostics.map((d) => d.code);

describe('hostile input in the editor', () => {
  it('says the analysis is incomplete when the front end fails (20,000 nested PyFlink calls)', async () => {
    const uri = 'file:///hostile/nested.py';
    const nested = `env = StreamExecutionEnvironment.get_execution_environment()\nenv.from_collection(${'f('.repeat(20_000)}1${')'.repeat(20_000)}).print()\nenv.execute()\n`;
    await client.open(uri, nested, 'python');
    const diagnostics = await client.diagnostics(uri);
    expect(codes(diagnostics)).toEqual(['not-analysed']);
    expect(diagnostics[0]!.message).toMatch(/^Flink analysis of this file is incomplete: front-end:python \(Maximum call stack size exceeded\) failed/);
    await client.close(uri);
  });

  it('analyses a PyFlink call chain of 20,000 links', async () => {
    const uri = 'file:///hostile/deep.py';
    const deep = `env = StreamExecutionEnvironment.get_execution_environment()\nenv.from_collection([1])${'.map(lambda x: x)'.repeat(20_000)}.print()\nenv.execute()\n`;
    await client.open(uri, deep, 'python');
    const found = codes(await client.diagnostics(uri));
    expect(found).toContain('FLINK001');
    expect(found).not.toContain('not-analysed');
    await client.close(uri);
  });

  it('analyses a Java call chain of 20,000 links', async () => {
    const uri = 'file:///hostile/Deep.java';
    await client.open(uri, uncheckpointedJob.replace('.map(n -> n * 2)', '.map(n -> n * 2)'.repeat(20_000)));
    expect(codes(await client.diagnostics(uri))).toEqual(['FLINK001']);
    await client.close(uri);
  });

  it('says a document over the size cap is not analysed', async () => {
    const uri = 'file:///hostile/Huge.java';
    await client.open(uri, uncheckpointedJob + `// ${'x'.repeat(DEFAULT_MAX_FILE_BYTES)}\n`);
    const published = await client.diagnosticsWhere(uri, (p) => p.diagnostics.length > 0);
    expect(published.diagnostics.map((d) => [d.code, d.message])).toEqual([['not-analysed', expect.stringMatching(/^Flink analysis skipped this file: too large/)]]);
    await client.close(uri);
  });
});
