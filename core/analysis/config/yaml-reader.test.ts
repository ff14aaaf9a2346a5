import { describe, expect, it } from 'vitest';
import { readYaml } from './yaml-reader.js';

describe('readYaml', () => {
  it('reads nested and flat keys with positions, skipping comments', () => {
    const node = readYaml('# Flink\nexecution:\n  checkpointing:\n    interval: 10 s   # every 10 s\n    mode: "AT_LEAST_ONCE"\nstate.checkpoints.dir: s3://b/cp\n');
    expect(node).toEqual({
      kind: 'map',
      entries: [
        {
          key: 'execution', line: 1, character: 0,
          value: {
            kind: 'map',
            entries: [{
              key: 'checkpointing', line: 2, character: 2,
              value: {
                kind: 'map',
                entries: [
                  { key: 'interval', line: 3, character: 4, value: { kind: 'scalar', value: '10 s', line: 3, character: 14 } },
                  { key: 'mode', line: 4, character: 4, value: { kind: 'scalar', value: 'AT_LEAST_ONCE', line: 4, character: 11 } },
                ],
              },
            }],
          },
        },
        { key: 'state.checkpoints.dir', line: 5, character: 0, value: { kind: 'scalar', value: 's3://b/cp', line: 5, character: 23 } },
      ],
    });
  });

  it('reads sequences of scalars and of mappings, and block scalars line by line', () => {
    const text = 'services:\n  jm:\n    environment:\n      - A=1\n      - name: x\n        v: 2\n    props: |\n      a: 1\n\n      b: 2\n    after: y\n';
    const node = readYaml(text);
    if (node?.kind !== 'map') throw new Error('map expected');
    const jm = node.entries[0]!.value;
    if (jm.kind !== 'map' || jm.entries[0]!.value.kind !== 'map') throw new Error('map expected');
    const [environment, props, after] = jm.entries[0]!.value.entries;
    expect(environment!.value).toEqual({
      kind: 'seq',
      items: [
        { kind: 'scalar', value: 'A=1', line: 3, character: 8 },
        { kind: 'map', entries: [
          { key: 'name', line: 4, character: 8, value: { kind: 'scalar', value: 'x', line: 4, character: 14 } },
          { key: 'v', line: 5, character: 8, value: { kind: 'scalar', value: '2', line: 5, character: 11 } },
        ] },
      ],
    });
    expect(props!.value).toEqual({
      kind: 'scalar', value: 'a: 1\nb: 2', line: 7, character: 6,
      lines: [{ text: 'a: 1', line: 7, character: 6 }, { text: 'b: 2', line: 9, character: 6 }],
    });
    expect(after!.key).toBe('after');
  });

  it('never throws on malformed input', () => {
    for (const text of ['', ':', '- - -', 'a: [1, 2\n  b', '"unterminated: x', 'a:\n\t- b\n c: |']) expect(() => readYaml(text)).not.toThrow();
    expect(readYaml('')).toBeUndefined();
  });
});
