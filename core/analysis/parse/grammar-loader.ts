// Loads web-tree-sitter once per process and each grammar once per folder. Parsers are synchronous
// and single-threaded, so one Parser per language is shared by every document of that language.
import { Language, Parser } from 'web-tree-sitter';
import type { LanguageId } from '../types.js';
import { grammarWasmName, locateWasm } from './wasm-locator.js';

let runtimeReady: Promise<void> | undefined;

function initRuntime(wasmDir?: string): Promise<void> {
  runtimeReady ??= Parser.init({
    locateFile: (name: string) => locateWasm(name, wasmDir),
  }).catch((error: unknown) => {
    runtimeReady = undefined; // let a later call retry, e.g. with a corrected wasmDir
    throw error;
  });
  return runtimeReady;
}

const languageCache = new Map<string, Promise<Language>>();

async function loadLanguage(languageId: LanguageId, wasmDir?: string): Promise<Language> {
  const path = locateWasm(grammarWasmName(languageId), wasmDir);
  let pending = languageCache.get(path);
  if (!pending) {
    pending = Language.load(path);
    languageCache.set(path, pending);
    pending.catch(() => languageCache.delete(path));
  }
  return pending;
}

export interface LoadedGrammars {
  /** A ready parser per language; a language whose grammar failed to load is absent. */
  parsers: Partial<Record<LanguageId, Parser>>;
  languages: Partial<Record<LanguageId, Language>>;
  /** Why a grammar is missing, for logging by the caller. */
  failures: { languageId: LanguageId; error: Error }[];
}

export async function loadGrammars(languageIds: readonly LanguageId[], wasmDir?: string): Promise<LoadedGrammars> {
  await initRuntime(wasmDir);
  const result: LoadedGrammars = { parsers: {}, languages: {}, failures: [] };
  await Promise.all(
    languageIds.map(async (languageId) => {
      try {
        const language = await loadLanguage(languageId, wasmDir);
        const parser = new Parser();
        parser.setLanguage(language);
        result.parsers[languageId] = parser;
        result.languages[languageId] = language;
      } catch (error) {
        result.failures.push({ languageId, error: error instanceof Error ? error : new Error(String(error)) });
      }
    }),
  );
  return result;
}
