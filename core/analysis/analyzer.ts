// The analysis engine's entry: loads the grammars once, keeps documents parsed, and turns a
// document into findings, job summaries and hovers. analyze() never throws.
import type { Catalog } from './catalog/catalog.js';
import { defaultCatalog } from './catalog/catalog.js';
import { buildHovers } from './hovers.js';
import { summarizeJobs } from './job-summary.js';
import { frontEnds, languageExtensions } from './languages/front-ends.js';
import { loadGrammars } from './parse/grammar-loader.js';
import type { LoadedGrammars } from './parse/grammar-loader.js';
import type { ParsedDocument } from './parse/parsed-document.js';
import { TreeDocument } from './parse/parsed-document.js';
import { allRules } from './rules/index.js';
import type { RuleMeta, RuleModule } from './rules/rule.js';
import { ruleMetaOf } from './rules/rule.js';
import { runRules } from './run-rules.js';
import type { AnalysisResult, AnalysisSettings, LanguageId } from './types.js';
import { defaultAnalysisSettings } from './types.js';
import { ClusterConfig } from './config/cluster-config.js';
import { settingsSource } from './config/config-source.js';
import type { JobModel } from './model.js';
import { formatVersion, parseFlinkVersion } from './version/flink-version.js';
import type { AnalysisContext } from './cross-file/analysis-context.js';
import { applyCallers } from './cross-file/apply-callers.js';
import { applyInstantiators, recordInstantiations } from './cross-file/apply-instantiators.js';

export interface AnalyzerOptions {
  /** Folder holding tree-sitter.wasm and tree-sitter-<lang>.wasm. Default: the bundle's own folder if the files are there, else resolved from node_modules. */
  wasmDir?: string;
  /** Rules to run instead of the registry (the RuleTester runs one rule at a time). */
  rules?: readonly RuleModule[];
  catalog?: Catalog;
}

export interface Analyzer {
  readonly rules: readonly RuleMeta[];
  /** Grammars that failed to load (their documents get empty results), for logging. */
  readonly grammarFailures: readonly { languageId: LanguageId; error: Error }[];
  languageForPath(path: string): LanguageId | undefined;
  open(uri: string, languageId: LanguageId, text: string, version?: number): ParsedDocument;
  /** `context` adds the workspace (other files, config files, Flink version); see WorkspaceIndex. */
  analyze(doc: ParsedDocument, settings?: AnalysisSettings, context?: AnalysisContext): AnalysisResult;
  analyzeText(languageId: LanguageId, text: string, settings?: AnalysisSettings, uri?: string, context?: AnalysisContext): AnalysisResult;
  /** The job model behind a result, for the workspace index (optional so test fakes need not have it). */
  modelOf?(result: AnalysisResult): JobModel | undefined;
}

const ALL_LANGUAGES: readonly LanguageId[] = ['java', 'python', 'scala'];

function emptyResult(): AnalysisResult {
  return { findings: [], jobs: [], hovers: [], ruleErrors: [] };
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

class TreeSitterAnalyzer implements Analyzer {
  readonly rules: readonly RuleMeta[];
  readonly grammarFailures: LoadedGrammars['failures'];

  constructor(
    private readonly grammars: LoadedGrammars,
    private readonly ruleModules: readonly RuleModule[],
    private readonly catalog: Catalog,
  ) {
    this.rules = ruleModules.map(ruleMetaOf);
    this.grammarFailures = grammars.failures;
  }

  languageForPath(path: string): LanguageId | undefined {
    const dot = path.lastIndexOf('.');
    return dot < 0 ? undefined : languageExtensions[path.slice(dot).toLowerCase()];
  }

  open(uri: string, languageId: LanguageId, text: string, version = 0): ParsedDocument {
    return new TreeDocument(uri, languageId, text, version, this.grammars.parsers[languageId]);
  }

  private readonly models = new WeakMap<AnalysisResult, JobModel>();

  modelOf(result: AnalysisResult): JobModel | undefined {
    return this.models.get(result);
  }

  analyze(doc: ParsedDocument, settings: AnalysisSettings = defaultAnalysisSettings, context: AnalysisContext = {}): AnalysisResult {
    if (!(doc instanceof TreeDocument)) return emptyResult();
    const tree = doc.tree;
    const frontEnd = frontEnds[doc.languageId];
    const parseFailure = doc.parseFailure;
    if (parseFailure) return { ...emptyResult(), ruleErrors: [{ ruleId: 'parse', error: parseFailure }] };
    if (!tree || !frontEnd) return emptyResult();
    const merged: AnalysisSettings = { ...defaultAnalysisSettings, ...settings, rules: settings.rules ?? {} };
    // The setting wins over the version detected from build files.
    const version = parseFlinkVersion(merged.flinkVersion) ?? context.flinkVersion;
    if (version && merged.flinkVersion === undefined) merged.flinkVersion = formatVersion(version);
    let model;
    try {
      model = frontEnd.buildModel({ tree, text: doc.text, catalog: this.catalog, ...(context.workspace ? { workspace: context.workspace } : {}) });
      const cluster = settingsSource(merged.clusterFlinkProperties);
      const sources = [...(context.configSources ?? []), ...(cluster ? [cluster] : [])];
      if (sources.length > 0) new ClusterConfig(sources, version).applyTo(model);
      applyCallers(model, doc.uri, context.workspace);
      recordInstantiations(model, doc.text, context.workspace);
      applyInstantiators(model, context.workspace);
    } catch (error) {
      // A front-end bug must not take the editor down; it shows up like a failing rule.
      return { ...emptyResult(), ruleErrors: [{ ruleId: `front-end:${doc.languageId}`, error: toError(error) }] };
    }
    const { findings, ruleErrors } = runRules(this.ruleModules, model, merged, this.catalog);
    const result: AnalysisResult = { findings, jobs: [], hovers: [], ruleErrors };
    this.models.set(result, model);
    try {
      result.jobs = summarizeJobs(model, this.catalog);
      result.hovers = buildHovers(model, this.catalog);
    } catch (error) {
      result.ruleErrors.push({ ruleId: 'summary', error: toError(error) });
    }
    return result;
  }

  analyzeText(languageId: LanguageId, text: string, settings?: AnalysisSettings, uri = 'untitled:analysis', context?: AnalysisContext): AnalysisResult {
    const doc = this.open(uri, languageId, text);
    try {
      return this.analyze(doc, settings, context);
    } finally {
      doc.dispose();
    }
  }
}

export async function createAnalyzer(options: AnalyzerOptions = {}): Promise<Analyzer> {
  const grammars = await loadGrammars(ALL_LANGUAGES, options.wasmDir);
  if (grammars.failures.length === ALL_LANGUAGES.length) {
    throw new Error(`No tree-sitter grammar could be loaded: ${grammars.failures.map((f) => f.error.message).join('; ')}`);
  }
  return new TreeSitterAnalyzer(grammars, options.rules ?? allRules, options.catalog ?? defaultCatalog);
}
