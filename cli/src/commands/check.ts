import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeWorkspace, createAnalyzer, defaultAnalysisSettings, WorkspaceIndex, type AnalysisSettings, type RuleMeta, type SeveritySetting, type WorkspaceFile } from '../../../core/analysis/index.js';
import { walkFiles } from '../../../core/workspace/index.js';
import type { CliIo, Command } from '../command.js';
import { ExitCode } from '../exit-code.js';
import { formatters, type FileReport } from '../formats/index.js';
import { isFailing } from '../formats/report.js';
import { commandHelp } from '../help.js';
import { Progress } from '../progress.js';
import { UsageError } from '../usage-error.js';
import { VERSION } from '../version.js';
import { CHECK_OPTION_SPECS, parseCheckOptions } from './check-options.js';

const EPILOG = `Checks .java, .py and .scala files under the given paths (default: the current folder).
Folders are searched recursively; .gitignore files are respected and node_modules, target, build,
.git and out are always skipped.

Exit codes:
  0  no finding of warning level or above
  1  at least one warning or error
  2  usage error (unknown option, bad value, missing path) or the check could not run

Examples:
  flink-ft check
  flink-ft check src/main/java --rule FLINK002=off
  flink-ft check --format sarif > flink-ft.sarif`;

export const checkCommand: Command = {
  name: 'check',
  summary: 'Find Flink jobs that are not fault-tolerant (checkpointing, sources, sinks).',
  synopsis: 'check [paths...] [options]',
  options: CHECK_OPTION_SPECS,
  epilog: EPILOG,
  async run(argv, io) {
    const options = parseCheckOptions(argv);
    if (options.help) {
      io.stdout.write(commandHelp(checkCommand));
      return ExitCode.ok;
    }
    const roots = options.paths.map((p) => resolveRoot(p, io.cwd));
    const analyzer = await createAnalyzer();
    options.paths.forEach((given, i) => {
      const root = roots[i];
      if (root !== undefined && statSync(root).isFile() && analyzer.languageForPath(root) === undefined) {
        throw new UsageError(`'${given}' is not a Java, Python or Scala file. Pass .java, .py or .scala files, or folders to search.`);
      }
    });
    const settings: AnalysisSettings = { ...defaultAnalysisSettings, rules: resolveRuleIds(options.rules, analyzer.rules) };
    // Config files (config.yaml, FLINK_PROPERTIES in compose files) and build files (the Flink
    // version) are read too: the folder is analysed as one workspace.
    const index = new WorkspaceIndex(analyzer);
    const files = walkFiles(roots, { include: (path) => index.kindOfPath(path) !== 'other' });
    const codeFiles = files.filter((path) => index.kindOfPath(path) === 'code').length;
    const progress = options.quiet ? undefined : new Progress(io.stderr, io.stderrIsTTY, io.now, codeFiles);
    const { reports, unreadable } = analyzeFiles(index, files, settings, io, (done) => progress?.update(done));
    progress?.finish();
    if (options.quiet) {
      for (const report of reports) {
        report.findings = report.findings.filter((f) => isFailing(f.severity));
        report.jobs = [];
      }
    }

    io.stdout.write(formatters[options.format]({ cwd: io.cwd, toolVersion: VERSION, rules: analyzer.rules, files: reports }));
    if (unreadable > 0) {
      io.stderr.write(`flink-ft: ${unreadable} ${unreadable === 1 ? 'file' : 'files'} could not be read; the check is incomplete.\n`);
      return ExitCode.usage;
    }
    const failing = reports.some((r) => r.findings.some((f) => isFailing(f.severity)));
    return failing ? ExitCode.findings : ExitCode.ok;
  },
};

function resolveRoot(given: string, cwd: string): string {
  const path = resolve(cwd, given);
  if (!existsSync(path)) {
    throw new UsageError(`Path '${given}' does not exist (resolved to ${path}). Pass files or folders that exist, e.g. 'flink-ft check src'.`);
  }
  return path;
}

/** Accepts rule ids and kebab names on the command line; anything else is a usage error listing the rules. */
function resolveRuleIds(overrides: Record<string, SeveritySetting>, rules: readonly RuleMeta[]): Record<string, SeveritySetting> {
  const resolved: Record<string, SeveritySetting> = {};
  for (const [key, severity] of Object.entries(overrides)) {
    const rule = rules.find((r) => r.id.toUpperCase() === key || r.name.toUpperCase() === key);
    if (!rule) {
      const known = rules.map((r) => `${r.id} (${r.name})`).join(', ');
      throw new UsageError(`Unknown rule '${key}' in --rule. Known rules: ${known}.`);
    }
    resolved[rule.id] = severity;
  }
  return resolved;
}

function analyzeFiles(
  index: WorkspaceIndex,
  files: readonly string[],
  settings: AnalysisSettings,
  io: CliIo,
  onProgress: (done: number) => void,
): { reports: FileReport[]; unreadable: number } {
  const brokenRules = new Set<string>();
  let unreadable = 0;
  const workspace: WorkspaceFile[] = [];
  const pathOf = new Map<string, string>();
  for (const path of files) {
    try {
      // Synchronous on purpose: analysis is synchronous CPU work, so async reads would only add overhead.
      const text = readFileSync(path, 'utf8');
      const uri = pathToFileURL(path).href;
      workspace.push({ uri, text });
      pathOf.set(uri, path);
    } catch (error) {
      io.stderr.write(`flink-ft: cannot read ${path}: ${error instanceof Error ? error.message : String(error)}\n`);
      unreadable++;
    }
  }
  const { results, configFindings } = analyzeWorkspace(index.analyzer, workspace, settings, onProgress, index);
  const reports: FileReport[] = [];
  for (const [uri, result] of results) {
    const path = pathOf.get(uri)!;
    for (const { ruleId, error } of result.ruleErrors) {
      // Once per rule: a rule that trips on one shape of code usually trips on many files.
      if (brokenRules.has(ruleId)) continue;
      brokenRules.add(ruleId);
      io.stderr.write(`flink-ft: rule ${ruleId} failed on ${path} and was skipped there (${error.message}). Please report this.\n`);
    }
    reports.push({ path, findings: result.findings, jobs: result.jobs });
  }
  // Config files are listed only when something is wrong in them, so "files checked" counts code.
  for (const [uri, findings] of configFindings) {
    if (findings.length > 0) reports.push({ path: pathOf.get(uri)!, findings, jobs: [] });
  }
  reports.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { reports, unreadable };
}
