// When an open document is analysed again because of another file: a file whose exports changed
// re-analyses its open dependents; a config or build file re-analyses every open code file. The
// policy, apart from the LSP wiring in create-server.ts.
import type { AnalysisResult, AnalysisSettings, ParsedDocument, WorkspaceIndex } from '../../core/analysis/index.js';
import type { AnalysisCache } from './analysis-cache.js';
import type { DiagnosticsPublisher } from './diagnostics.js';
import type { DocumentStore } from './documents.js';

export interface ReanalysisTargets {
  index: WorkspaceIndex;
  documents: DocumentStore;
  cache: AnalysisCache;
  diagnostics: DiagnosticsPublisher;
}

export class Reanalysis {
  /** `targets` is read at each call: the cache that calls `analyze` exists before the targets do. */
  constructor(private readonly targets: () => ReanalysisTargets | undefined) {}

  /** Analyses through the index; when what the file offers others changed, re-analyses its open dependents. */
  analyze(document: ParsedDocument, settings: AnalysisSettings): AnalysisResult {
    const { index } = this.targets()!;
    const declared = index.declaredClassesOf(document.uri);
    const exported = index.exportsFingerprint(document.uri);
    const result = index.analyzeWithWorkspace(document, settings);
    if (index.exportsFingerprint(document.uri) !== exported || declared.join() !== index.declaredClassesOf(document.uri).join()) {
      setImmediate(() => this.dependentsOf(document.uri, declared));
    }
    return result;
  }

  /** `uri` changed what it offers (or declared `previouslyDeclared` before): its open dependents are analysed again. */
  dependentsOf(uri: string, previouslyDeclared: readonly string[]): void {
    const targets = this.targets();
    if (!targets) return;
    for (const dependent of targets.index.dependentsOf(uri, previouslyDeclared)) {
      if (!targets.documents.get(dependent)) continue;
      targets.cache.forget(dependent);
      targets.diagnostics.schedule(dependent);
    }
  }

  /** A config or build file changed: every open code file may see different checkpointing. */
  allCode(): void {
    const targets = this.targets();
    if (!targets) return;
    for (const uri of targets.documents.uris()) targets.cache.forget(uri);
    targets.diagnostics.scheduleAll();
  }
}
