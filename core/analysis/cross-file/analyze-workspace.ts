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
  const steps = analysisSteps(files, settings, onCodeFile, index);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * The same, awaiting `pause` (by default one turn of the event loop) whenever a slice of `sliceMs`
 * has been used, so a server indexing a large workspace keeps answering requests (one file is the
 * smallest slice).
 */
export async function analyzeWorkspaceInSlices(
  analyzer: Analyzer,
  files: readonly WorkspaceFile[],
  settings: AnalysisSettings = defaultAnalysisSettings,
  index: WorkspaceIndex = new WorkspaceIndex(analyzer),
  pause: () => Promise<void> = nextTurn,
  sliceMs = 10,
): Promise<WorkspaceAnalysis> {
  const steps = analysisSteps(files, settings, undefined, index);
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await pause();
      sliceStart = performance.now();
    }
  }
}

/** Yields after each file analysed; returns the whole analysis. */
function* analysisSteps(
  files: readonly WorkspaceFile[],
  settings: AnalysisSettings,
  onCodeFile: ((done: number) => void) | undefined,
  index: WorkspaceIndex,
): Generator<void, WorkspaceAnalysis> {
  const code: WorkspaceFile[] = [];
  for (const file of files) {
    const kind = index.kindOf(file.uri);
    if (kind === 'code') code.push(file);
    else if (kind !== 'other') {
      index.updateText(file.uri, file.text, settings);
      yield;
    }
  }
  const texts = new Map(code.map((f) => [f.uri, f.text]));
  const results = new Map<string, AnalysisResult>();
  for (const [i, file] of code.entries()) {
    const result = index.updateText(file.uri, file.text, settings);
    if (result) results.set(file.uri, result);
    onCodeFile?.(i + 1);
    yield;
  }

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
      yield;
    }
    reanalysed += again.length;
    if (next.size === 0) break;
    changed = next;
  }

  const configFindings = new Map<string, Finding[]>();
  for (const uri of index.configUris()) configFindings.set(uri, index.configFindings(uri, settings));
  return { index, results, configFindings, reanalysed };
}
