// A language front end turns one syntax tree into the language-neutral job model. Java is the first;
// Python and Scala plug in by implementing this interface and registering in front-ends.ts.
import type { Tree } from 'web-tree-sitter';
import type { Catalog } from '../catalog/catalog.js';
import type { JobModel } from '../model.js';
import type { LanguageId } from '../types.js';
import type { CrossFileLookup } from '../cross-file/workspace-lookup.js';

export interface FrontEndInput {
  tree: Tree;
  text: string;
  catalog: Catalog;
  /** Other files of the workspace (helpers, factories, custom sources); absent for a lone file. */
  workspace?: CrossFileLookup;
}

export interface LanguageFrontEnd {
  readonly languageId: LanguageId;
  /** File extensions (with the dot) handled by this front end. */
  readonly extensions: readonly string[];
  /** Must not throw on malformed or half-typed code: skip what cannot be understood. */
  buildModel(input: FrontEndInput): JobModel;
}
