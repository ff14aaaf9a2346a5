// Bodies of well-framed JSON-RPC messages that are wrong inside: not JSON, not an object, unknown
// methods, and LSP methods with the wrong shape (strings for numbers, fractional and huge
// positions, missing or null fields). A server must answer or ignore each and stay up.
import type { SeededRandom } from './seeded-random.js';

const WRONG_VALUES: readonly unknown[] = [null, 'x', -1, 1.5, 2 ** 53, Number.MAX_VALUE, [], {}, true, '\u0000', 'é'.repeat(1000)];

function wrongPosition(random: SeededRandom): unknown {
  return random.int(4) === 0 ? random.pick(WRONG_VALUES) : { line: random.pick(WRONG_VALUES), character: random.pick(WRONG_VALUES) };
}

export function malformedMessage(random: SeededRandom, uri: string, id: number): string | Buffer {
  switch (random.int(9)) {
    case 0:
      return '{"jsonrpc":"2.0","method":'; // cut off
    case 1:
      return Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0x80, 0x81]); // not UTF-8, not JSON
    case 2:
      return JSON.stringify(random.pick(WRONG_VALUES));
    case 3:
      return JSON.stringify({ jsonrpc: '2.0', id, method: `flinkFt/no-such-method-${id}`, params: {} });
    case 4:
      return JSON.stringify({ jsonrpc: '2.0', id, method: 'textDocument/hover', params: { textDocument: { uri }, position: wrongPosition(random) } });
    case 5:
      return JSON.stringify({ jsonrpc: '2.0', id, method: 'textDocument/codeLens', params: random.pick([null, {}, { textDocument: random.pick(WRONG_VALUES) }]) });
    case 6:
      return JSON.stringify({
        jsonrpc: '2.0',
        method: 'textDocument/didChange',
        params: { textDocument: { uri: `${uri}.other`, version: random.pick(WRONG_VALUES) }, contentChanges: [{ range: { start: wrongPosition(random), end: wrongPosition(random) }, text: random.pick(WRONG_VALUES) }] },
      });
    case 7:
      return JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: `${uri}.${id}.java`, languageId: 'java', version: random.pick(WRONG_VALUES), text: random.pick(WRONG_VALUES) } } });
    default:
      return JSON.stringify({ jsonrpc: '2.0', id: random.pick(WRONG_VALUES), method: 'textDocument/codeAction', params: { textDocument: { uri }, range: wrongPosition(random), context: random.pick(WRONG_VALUES) } });
  }
}
