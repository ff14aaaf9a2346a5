// Analyses a set of files as one workspace (the CLI's `check` of a folder, the server's start-up):
// config and build files first, then every code file once, then again only the files that use
// something another file declares, until what files export stops changing (at most 3 rounds:
// helper chains deeper than that are rare, and each round is cheap because few files qualify).
import type { Analyzer } from '../analyzer.js';
import type { AnalysisResult, AnalysisSettings, Finding } from '../types.js';
import { defaultAnalysisSettings } from '../types.js';
import { WorkspaceIndex } from './workspace-index.js';

export interface WorkspaceFile {
  uri: string;
  text: string;
}

export interface WorkspaceAnalysis {
  index: WorkspaceIndex;
  /** Code files by URI, in the order given. */
  results: Map<string, AnalysisResult>;
  /** Config files that hold Flink options, with their findings (possibly none). */
  configFindings: Map<string, Finding[]>;
  /** Code files analysed again because they use other files (summed over rounds). */
  reanalysed: number;
}

const MAX_EXTRA_ROUNDS = 3;

export function analyzeWorkspace(
  analyzer: Analyzer,
  files: readonly WorkspaceFile[],
  settings: AnalysisSettings = defaultAnalysisSettings,
  onCodeFile?: (done: number) => void,
  index: WorkspaceIndex = new WorkspaceIndex(analyzer),
): WorkspaceAnalysis {
  const code: WorkspaceFile[] = [];
  for (const file of files) {
    const kind = index.kindOf(file.uri);
    if (kind === 'code') code.push(file);
    else if (kind !== 'other') index.updateText(file.uri, file.text, settings);
  }
  const texts = new Map(code.map((f) => [f.uri, f.text]));
  const results = new Map<string, AnalysisResult>();
  code.forEach((file, i) => {
    const result = index.updateText(file.uri, file.text, settings);
    if (result) results.set(file.uri, result);
    onCodeFile?.(i + 1);
  });

  let reanalysed = 0;
  let changed: Set<string> | undefined;
  for (let round = 0; round < MAX_EXTRA_ROUNDS; round++) {
    const again = index.filesNeedingWorkspace(texts.keys(), changed);
    if (again.length === 0) break;
    const next = new Set<string>();
    for (const uri of again) {
      const before = index.exportsFingerprint(uri);
      const result = index.updateText(uri, texts.get(uri)!, settings);
      if (result) results.set(uri, result);
      if (index.exportsFingerprint(uri) !== before) next.add(uri);
    }
    reanalysed += again.length;
    if (next.size === 0) break;
    changed = next;
  }

  const configFindings = new Map<string, Finding[]>();
  for (const uri of index.configUris()) configFindings.set(uri, index.configFindings(uri, settings));
  return { index, results, configFindings, reanalysed };
}
