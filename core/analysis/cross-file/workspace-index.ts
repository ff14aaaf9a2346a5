// The whole-workspace index: per-file facts (env factories and helpers, custom source classes,
// sink and source builders, config files, the Flink version) resolved across files. Analysing a
// file through the index lets its front end see what other files declare; a change to a file
// tells which other files depend on it and need analysing again.
import { basename } from 'node:path';
import type { Analyzer } from '../analyzer.js';
import { checkConfigSource } from '../config/config-checks.js';
import type { ConfigSource } from '../config/config-source.js';
import { configSourceKind, readConfigSource } from '../config/config-source.js';
import type { ParsedDocument } from '../parse/parsed-document.js';
import type { AnalysisResult, AnalysisSettings, Finding } from '../types.js';
import { defaultAnalysisSettings } from '../types.js';
import { detectFlinkVersion, isVersionFile } from '../version/detect-flink-version.js';
import type { FlinkVersion } from '../version/flink-version.js';
import { parseFlinkVersion } from '../version/flink-version.js';
import type { AnalysisContext } from './analysis-context.js';
import type { FileFacts } from './file-facts.js';
import { factsOf, fileNameOf, memberKey } from './file-facts.js';
import type { CallerEnvironment, EnvironmentUse, ResolvedMember, CrossFileLookup } from './workspace-lookup.js';
import type { CustomSourceClass } from '../model.js';

export type WorkspaceFileKind = 'code' | 'config' | 'version' | 'other';

export class WorkspaceIndex {
  private readonly files = new Map<string, FileFacts>();
  /** Class name → files declaring it. */
  private readonly declaredBy = new Map<string, Set<string>>();
  private readonly configSources = new Map<string, ConfigSource>();
  private readonly versions = new Map<string, FlinkVersion>();

  constructor(readonly analyzer: Analyzer) {}

  /** What kind of workspace file a URI is; `other` files are not indexed. */
  kindOf(uri: string): WorkspaceFileKind {
    return this.kindOfName(fileNameOf(uri));
  }

  /** The same for a file system path (where `%`, `#` and `?` are plain characters). */
  kindOfPath(path: string): WorkspaceFileKind {
    return this.kindOfName(basename(path));
  }

  private kindOfName(name: string): WorkspaceFileKind {
    if (this.analyzer.languageForPath(name) !== undefined) return 'code';
    if (configSourceKind(name)) return 'config';
    if (isVersionFile(name)) return 'version';
    return 'other';
  }

  /** The project's Flink version from build files (first by URI order, so runs are reproducible). */
  get flinkVersion(): FlinkVersion | undefined {
    const uris = [...this.versions.keys()].sort();
    return uris.length > 0 ? this.versions.get(uris[0]!) : undefined;
  }

  /** The context for analysing `uri`: every other file, the config files and the version. */
  contextFor(uri: string, asked = new Set<string>()): AnalysisContext {
    const version = this.flinkVersion;
    return {
      workspace: this.lookupFor(uri, asked),
      configSources: [...this.configSources.values()],
      ...(version ? { flinkVersion: version } : {}),
    };
  }

  /** Analyses an open document with the workspace and refreshes its facts. */
  analyzeWithWorkspace(doc: ParsedDocument, settings: AnalysisSettings = defaultAnalysisSettings): AnalysisResult {
    const asked = new Set<string>();
    const result = this.analyzer.analyze(doc, settings, this.contextFor(doc.uri, asked));
    this.storeFacts(doc.uri, result, asked);
    return result;
  }

  /** Indexes an open document (same as analysing it; the result is returned for reuse). */
  update(uri: string, doc: ParsedDocument, settings?: AnalysisSettings): AnalysisResult {
    if (doc.uri !== uri) throw new Error(`WorkspaceIndex.update: ${uri} does not match the document ${doc.uri}`);
    return this.analyzeWithWorkspace(doc, settings);
  }

  /** Indexes a file from its text (code, config or build file); returns the code analysis if any. */
  updateText(uri: string, text: string, settings: AnalysisSettings = defaultAnalysisSettings): AnalysisResult | undefined {
    const name = fileNameOf(uri);
    switch (this.kindOf(uri)) {
      case 'code': {
        const languageId = this.analyzer.languageForPath(name)!;
        const asked = new Set<string>();
        const result = this.analyzer.analyzeText(languageId, text, settings, uri, this.contextFor(uri, asked));
        this.storeFacts(uri, result, asked);
        return result;
      }
      case 'config': {
        const source = readConfigSource(uri, name, text);
        if (source) this.configSources.set(uri, source);
        else this.configSources.delete(uri);
        return undefined;
      }
      case 'version': {
        const version = detectFlinkVersion(name, text);
        if (version) this.versions.set(uri, version);
        else this.versions.delete(uri);
        return undefined;
      }
      default:
        return undefined;
    }
  }

  remove(uri: string): void {
    this.forgetFacts(uri);
    this.configSources.delete(uri);
    this.versions.delete(uri);
  }

  /**
   * Files whose analysis may change when `uri` changes: those that asked about a class it declares
   * (or declared before the change, given as `previouslyDeclared`), and every code file when a
   * config or build file changes.
   */
  dependentsOf(uri: string, previouslyDeclared: Iterable<string> = []): string[] {
    if (this.kindOf(uri) === 'config' || this.kindOf(uri) === 'version') return [...this.files.keys()].filter((u) => u !== uri).sort();
    const names = new Set([...(this.files.get(uri)?.declaredClasses ?? []), ...previouslyDeclared]);
    const changed = this.files.get(uri);
    const dependents: string[] = [];
    for (const facts of this.files.values()) {
      if (facts.uri === uri) continue;
      // A method this file now calls with its environment, or a class it now creates, learns how this file checkpoints.
      if (changed && usesDeclarationsOf(changed, facts)) {
        dependents.push(facts.uri);
        continue;
      }
      for (const name of facts.asked) {
        if (names.has(name)) {
          dependents.push(facts.uri);
          break;
        }
      }
    }
    return dependents.sort();
  }

  /** The classes a file declares now (callers keep them to pass to `dependentsOf` after a change). */
  declaredClassesOf(uri: string): string[] {
    return [...(this.files.get(uri)?.declaredClasses ?? [])];
  }

  /** Diagnostics inside a config file of the index (empty for other files). */
  configFindings(uri: string, settings: AnalysisSettings = defaultAnalysisSettings): Finding[] {
    const source = this.configSources.get(uri);
    if (!source) return [];
    const version = parseFlinkVersion(settings.flinkVersion) ?? this.flinkVersion;
    return checkConfigSource(source, { settings, ...(version ? { version } : {}) });
  }

  get codeFileCount(): number {
    return this.files.size;
  }

  configUris(): string[] {
    return [...this.configSources.keys()].sort();
  }

  /**
   * Which code files need analysing again after a bulk pass: those that asked about a class that
   * another file declares. (In a bulk pass a file may be analysed before the file it depends on.)
   */
  filesNeedingWorkspace(candidates: Iterable<string>, changedDeclarers?: ReadonlySet<string>): string[] {
    const result: string[] = [];
    for (const uri of candidates) {
      const facts = this.files.get(uri);
      if (!facts) continue;
      const counts = (d: string) => d !== uri && (!changedDeclarers || changedDeclarers.has(d));
      const needs = [...facts.asked].some((name) => [...(this.declaredBy.get(name) ?? [])].some(counts))
        || this.usersOf(facts).some((user) => counts(user.uri));
      if (needs) result.push(uri);
    }
    return result;
  }

  /** A fingerprint of a file's exports, to tell whether re-analysing it changed what others see. */
  exportsFingerprint(uri: string): string {
    const facts = this.files.get(uri);
    if (!facts) return '';
    return JSON.stringify([[...facts.members.entries()], [...facts.customSources.keys()], [...facts.keyedStateClasses], [...facts.operatorStateClasses], [...facts.passes.entries()], [...facts.instantiates.entries()]]);
  }

  /** The files that pass an environment to a method `facts` declares, or create one of its classes. */
  private usersOf(facts: FileFacts): FileFacts[] {
    return [...this.files.values()].filter((other) => other !== facts && usesDeclarationsOf(other, facts));
  }

  /** What other files (sorted) report under `key` of `table`; the asker then depends on each of them. */
  private usesFrom<T>(uri: string, asked: Set<string>, table: (facts: FileFacts) => T[] | undefined): T[] {
    const uses: T[] = [];
    for (const facts of [...this.files.values()].sort((a, b) => a.uri.localeCompare(b.uri))) {
      const found = facts.uri === uri ? undefined : table(facts);
      if (!found || found.length === 0) continue;
      uses.push(...found);
      // A change to that file's checkpointing must reach the asker (see dependentsOf).
      for (const name of facts.declaredClasses) asked.add(name);
    }
    return uses;
  }

  private storeFacts(uri: string, result: AnalysisResult, asked: Set<string>): void {
    const model = this.analyzer.modelOf?.(result);
    this.forgetFacts(uri);
    if (!model) return;
    const facts = factsOf(uri, model, asked);
    this.files.set(uri, facts);
    for (const name of facts.declaredClasses) {
      let uris = this.declaredBy.get(name);
      if (!uris) this.declaredBy.set(name, (uris = new Set()));
      uris.add(uri);
    }
  }

  private forgetFacts(uri: string): void {
    const facts = this.files.get(uri);
    if (!facts) return;
    this.files.delete(uri);
    for (const name of facts.declaredClasses) {
      const uris = this.declaredBy.get(name);
      uris?.delete(uri);
      if (uris?.size === 0) this.declaredBy.delete(name);
    }
  }

  /** Other files' declarations as `uri` sees them; every class-like name asked is recorded. */
  private lookupFor(uri: string, asked: Set<string>): CrossFileLookup {
    const declarers = (className: string): FileFacts[] => {
      const uris = this.declaredBy.get(className);
      if (!uris) return [];
      return [...uris].filter((u) => u !== uri).sort().flatMap((u) => {
        const facts = this.files.get(u);
        return facts ? [facts] : [];
      });
    };
    return {
      declares: (className) => {
        // Called for identifiers of statements the front end may skip: keep it allocation-free.
        const code = className.charCodeAt(0);
        if (code < 65 || code > 90) return false;
        asked.add(className);
        const uris = this.declaredBy.get(className);
        return uris !== undefined && (uris.size > 1 || !uris.has(uri));
      },
      member: (className, name, argCount): ResolvedMember | undefined => {
        asked.add(className);
        for (const facts of declarers(className)) {
          const member = facts.members.get(memberKey(className, name, argCount));
          if (member) return member;
        }
        return undefined;
      },
      usesKeyedState: (className): boolean => {
        asked.add(className);
        return declarers(className).some((facts) => facts.keyedStateClasses.has(className));
      },
      usesOperatorState: (className): boolean => {
        asked.add(className);
        return declarers(className).some((facts) => facts.operatorStateClasses.has(className));
      },
      callersOf: (key): CallerEnvironment[] => this.usesFrom(uri, asked, (facts) => facts.passes.get(key)),
      instantiatorsOf: (className): EnvironmentUse[] => this.usesFrom(uri, asked, (facts) => {
        const use = facts.instantiates.get(className);
        return use ? [use] : undefined;
      }),
      customSource: (className): CustomSourceClass | undefined => {
        asked.add(className);
        for (const facts of declarers(className)) {
          const cls = facts.customSources.get(className);
          if (cls) return cls;
        }
        return undefined;
      },
    };
  }
}

/** `user` passes an environment to a method `declarer` declares, or creates one of its classes. */
function usesDeclarationsOf(user: FileFacts, declarer: FileFacts): boolean {
  for (const key of user.passes.keys()) if (declarer.members.has(key)) return true;
  for (const name of user.instantiates.keys()) if (declarer.declaredClasses.has(name)) return true;
  return false;
}
