// Cross-file analysis through the real server: a helper in another open file enables checkpointing,
// a config.yaml does it for a job and gets its own diagnostics, and changing the helper re-publishes
// its dependents.
import { describe, expect, it } from 'vitest';
import { checkpointedFactory } from './test-support/java-jobs.js';
import { sharedLspClient } from './test-support/shared-lsp-client.js';

const client = sharedLspClient();

const setup = checkpointedFactory('WsSetup');

const job = `public class WsJob {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = WsSetup.create();
    env.socketTextStream("localhost", 9999).print();
    env.execute();
  }
}`;

const codes = (diagnostics: { code?: string | number }[]) => diagnostics.map((d) => d.code);

describe('workspace index in the server', () => {
  it('sees checkpointing enabled by a helper in another file, and follows a change to the helper', async () => {
    const setupUri = 'file:///ws/src/WsSetup.java';
    const jobUri = 'file:///ws/src/WsJob.java';
    await client().open(setupUri, setup);
    await client().diagnostics(setupUri);
    await client().open(jobUri, job);
    // FLINK003 on print() appears only because checkpointing (from WsSetup) makes the job promise exactly-once.
    expect(codes(await client().diagnostics(jobUri))).toEqual(['FLINK002', 'FLINK003']);
    const lenses = await client().codeLenses(jobUri);
    expect(lenses.map((l) => l.command?.title)).toEqual(['Flink: at-most-once — socketTextStream() on line 4 (checkpointing: 10 s from WsSetup.java:2)']);

    const republished = client().nextDiagnostics(jobUri, (p) => codes(p.diagnostics).includes('FLINK001'));
    await client().change(setupUri, [{ text: setup.replace('    env.enableCheckpointing(10_000);\n', '') }]);
    expect(codes((await republished).diagnostics)).toEqual(['FLINK001']);
    await client().close(jobUri);
    await client().close(setupUri);
  });

  it('publishes diagnostics inside config.yaml', async () => {
    const uri = 'file:///cfg/config.yaml';
    await client().open(uri, 'execution:\n  checkpointing:\n    intervall: 10 s\nrestart-strategy.type: none\n', 'yaml');
    const published = await client().diagnosticsWhere(uri, (p) => p.diagnostics.length > 0);
    expect(published.diagnostics.map((d) => `${d.range.start.line + 1} ${d.code}`)).toEqual(['3 FLINK010', '4 FLINK006']);
    await client().close(uri);
  });
});
