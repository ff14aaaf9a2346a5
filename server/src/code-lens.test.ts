// CodeLens through the real server: the end-to-end guarantee of each job over its execute call.
import { describe, expect, it } from 'vitest';
import { checkpointedJob, kafkaJob, socketJob, uncheckpointedJob } from './test-support/java-jobs.js';
import { sharedLspClient } from './test-support/shared-lsp-client.js';

const client = sharedLspClient();

async function lensesOf(uri: string, text: string): Promise<{ line: number; title: string | undefined }[]> {
  await client().open(uri, text);
  return (await client().codeLenses(uri)).map((lens) => ({ line: lens.range.start.line, title: lens.command?.title }));
}

describe('CodeLens', () => {
  it('states "none" when checkpointing is off, as a plain label over execute', async () => {
    const uri = 'file:///jobs/LensOff.java';
    await client().open(uri, uncheckpointedJob);
    expect(await client().codeLenses(uri)).toEqual([
      {
        range: { start: { line: 8, character: 12 }, end: { line: 8, character: 30 } },
        command: { title: 'Flink: none — checkpointing off', command: '' },
      },
    ]);
  });

  it('names the weakest link of each job', async () => {
    expect(await lensesOf('file:///jobs/LensSocket.java', socketJob)).toEqual([
      { line: 11, title: 'Flink: at-most-once — socketTextStream() on line 10' },
    ]);
    expect(await lensesOf('file:///jobs/LensKafka.java', kafkaJob)).toEqual([{ line: 30, title: 'Flink: none — KafkaSink NONE on line 22' }]);
  });

  it('updates after an edit', async () => {
    const uri = 'file:///jobs/LensEdited.java';
    expect(await lensesOf(uri, uncheckpointedJob)).toEqual([{ line: 8, title: 'Flink: none — checkpointing off' }]);
    await client().change(uri, [{ text: checkpointedJob }]);
    expect((await client().codeLenses(uri)).map((lens) => ({ line: lens.range.start.line, title: lens.command?.title }))).toEqual([
      { line: 9, title: 'Flink: exactly-once' },
    ]);
  });
});
