// The code the benchmark measures, bundled by scripts/bench.mjs with the same esbuild settings as
// the shipped bundles: the analyzer, a bare tree-sitter parser for comparison, and the JSON-RPC
// pieces that drive the real language server over stdio.
import { join } from 'node:path';
import { Language, Parser } from 'web-tree-sitter';
import type { LanguageId } from '../../core/analysis/types.js';

export { analyzeWorkspace, createAnalyzer, WorkspaceIndex } from '../../core/analysis/index.js';
export { walkFiles } from '../../core/source-files/index.js';
export { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';

export interface BareParser {
  /** Parses from scratch and returns the root node's child count, so the work cannot be skipped. */
  parse(languageId: LanguageId, text: string): number;
}

/** Plain web-tree-sitter, loaded from the same WASM files the analyzer uses. */
export async function createBareParser(wasmDir: string): Promise<BareParser> {
  await Parser.init({ locateFile: () => join(wasmDir, 'tree-sitter.wasm') });
  const parsers = new Map<LanguageId, Parser>();
  for (const id of ['java', 'python', 'scala'] as const) {
    const parser = new Parser();
    parser.setLanguage(await Language.load(join(wasmDir, `tree-sitter-${id}.wasm`)));
    parsers.set(id, parser);
  }
  return {
    parse(languageId, text) {
      const tree = parsers.get(languageId)?.parse(text);
      const count = tree?.rootNode.childCount ?? 0;
      tree?.delete();
      return count;
    },
  };
}
