// Quick fixes through the real server: each action's edit is applied to the document text and the
// result compared with the exact expected source.
import { describe, expect, it } from 'vitest';
import { CodeActionKind, type CodeAction } from 'vscode-languageserver/node';
import { kafkaJob, uncheckpointedJob } from './test-support/java-jobs.js';
import { sharedLspClient } from './test-support/shared-lsp-client.js';

const docsUrl = 'https://github.com/flinkft/flink-fault-tolerance/blob/main/docs/rules/FLINK001.md';
let interval = 10_000;
const client = sharedLspClient(() => ({ checkpointInterval: interval, rules: {} }));

function withCheckpointing(ms: number): string {
  return uncheckpointedJob.replace('        env.fromSequence', `        env.enableCheckpointing(${ms});\n        env.fromSequence`);
}

describe('code actions', () => {
  it('offers the FLINK001 fix as the preferred quick fix, and applying it clears the diagnostic', async () => {
    const uri = 'file:///jobs/Fix.java';
    await client().open(uri, uncheckpointedJob);
    const [diagnostic] = await client().diagnostics(uri);
    if (!diagnostic) throw new Error('expected a FLINK001 diagnostic');

    const actions = await client().codeActions(uri, diagnostic);
    const fix = actions[0] as CodeAction;
    expect(fix).toMatchObject({ title: 'Enable checkpointing every 10000 ms', kind: CodeActionKind.QuickFix, isPreferred: true, diagnostics: [diagnostic] });
    expect(client().textAfter(uri, fix)).toBe(withCheckpointing(10_000));

    await client().change(uri, [{ text: client().textAfter(uri, fix) }]);
    expect(await client().diagnostics(uri)).toEqual([]);
  });

  it('ends with a "Show documentation" action that carries the rule and its page', async () => {
    const uri = 'file:///jobs/Docs.java';
    await client().open(uri, uncheckpointedJob);
    const [diagnostic] = await client().diagnostics(uri);
    if (!diagnostic) throw new Error('expected a FLINK001 diagnostic');

    const actions = await client().codeActions(uri, diagnostic);
    expect(actions.at(-1)).toEqual({
      title: 'Show documentation for FLINK001',
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: { title: 'Show documentation for FLINK001', command: 'flinkFt.openRuleDocs', arguments: ['FLINK001', docsUrl] },
    });
  });

  it('takes the interval of the fix from the flinkFt.checkpointInterval setting', async () => {
    const uri = 'file:///jobs/Interval.java';
    interval = 60_000;
    try {
      await client().updateSettings(() => ({ checkpointInterval: interval, rules: {} }));
      await client().open(uri, uncheckpointedJob);
      const [diagnostic] = await client().diagnostics(uri);
      if (!diagnostic) throw new Error('expected a FLINK001 diagnostic');
      const [fix] = await client().codeActions(uri, diagnostic);
      if (!fix) throw new Error('expected a fix');
      expect(fix.title).toBe('Enable checkpointing every 60000 ms');
      expect(client().textAfter(uri, fix)).toBe(withCheckpointing(60_000));
    } finally {
      interval = 10_000;
      await client().updateSettings(() => ({ checkpointInterval: interval, rules: {} }));
    }
  });

  it('offers the preferred fix, then the other suggestions, then the documentation, for a KafkaSink without guarantee', async () => {
    const uri = 'file:///jobs/KafkaJob.java';
    await client().open(uri, kafkaJob);
    const [diagnostic] = await client().diagnostics(uri);
    if (!diagnostic) throw new Error('expected a FLINK003 diagnostic');
    expect(diagnostic.code).toBe('FLINK003');

    const actions = (await client().codeActions(uri, diagnostic)) as CodeAction[];
    expect(actions.map(({ title, isPreferred }) => ({ title, isPreferred }))).toEqual([
      { title: 'Use DeliveryGuarantee.AT_LEAST_ONCE', isPreferred: true },
      { title: 'Use DeliveryGuarantee.EXACTLY_ONCE', isPreferred: false },
      { title: 'Show documentation for FLINK003', isPreferred: undefined },
    ]);
    const sinkBuild = '                .build())\n            .build();';
    expect(client().textAfter(uri, actions[0]!)).toBe(
      kafkaJob.replace(sinkBuild, '                .build())\n            .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)\n            .build();'),
    );
    const exactlyOnce = kafkaJob.replace(
      sinkBuild,
      '                .build())\n            .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)\n            .setTransactionalIdPrefix("kafka-job-")\n            .build();',
    );
    expect(client().textAfter(uri, actions[1]!)).toBe(exactlyOnce);

    // The suggestion leaves nothing for FLINK003 to report; FLINK008 then asks for a transaction timeout.
    await client().change(uri, [{ text: exactlyOnce }]);
    expect((await client().diagnostics(uri)).map((d) => d.code)).toEqual(['FLINK008']);
  });

  it('offers nothing for a diagnostic that is not ours, or a range without diagnostics', async () => {
    const uri = 'file:///jobs/Foreign.java';
    await client().open(uri, uncheckpointedJob);
    const [diagnostic] = await client().diagnostics(uri);
    if (!diagnostic) throw new Error('expected a FLINK001 diagnostic');
    expect(await client().codeActions(uri, { ...diagnostic, source: 'java' })).toEqual([]);
    expect(await client().codeActions(uri, { ...diagnostic, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 7 } } })).toEqual([]);
    expect(await client().codeActions(uri, diagnostic.range)).toEqual([]);
  });
});
