import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeWorkspace, createAnalyzer, defaultAnalysisSettings, describeRuleIds, resolveRuleSeverities, WorkspaceIndex, type AnalysisSettings, type RuleMeta, type SeveritySetting, type WorkspaceFile } from '../../../core/analysis/index.js';
import { readSourceFile, walkFiles } from '../../../core/source-files/index.js';
import type { CliIo, Command } from '../command.js';
import { ExitCode } from '../exit-code.js';
import { escapeControlCharacters } from '../formats/escape-control-characters.js';
import { formatters, type FileReport } from '../formats/index.js';
import { isFailing } from '../formats/report.js';
import { commandHelp } from '../help.js';
import { Progress } from '../progress.js';
import { UsageError } from '../usage-error.js';
import { VERSION } from '../version.js';
import { CHECK_OPTION_SPECS, parseCheckOptions } from './check-options.js';

const EPILOG = `Checks .java, .py and .scala files under the given paths (default: the current folder).
Folders are searched recursively; .gitignore files are respected and node_modules, target, build,
.git and out are always skipped. Files that are too large (--max-file-size), binary, not regular
files (FIFOs, devices) or unreadable, and folders that cannot be listed, are reported as not analysed.

Exit codes:
  0  no finding of warning level or above
  1  at least one warning or error
  2  usage error (unknown option, bad value, missing path), or the check could not run or is
     incomplete (a file or folder not analysed; the output says which and why)

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
    const unreadableFolders: FileReport[] = [];
    const files = walkFiles(roots, {
      include: (path) => index.kindOfPath(path) !== 'other',
      onUnreadableDirectory: (path, error) => unreadableFolders.push({ path, findings: [], jobs: [], notAnalysed: { kind: 'failed', reason: unreadableFolderReason(error) } }),
      ...(io.readDirectory ? { readDirectory: io.readDirectory } : {}),
    });
    const codeFiles = files.filter((path) => index.kindOfPath(path) === 'code').length;
    const progress = options.quiet ? undefined : new Progress(io.stderr, io.stderrIsTTY, io.now, codeFiles);
    const analysed = analyzeFiles(index, files, settings, options.maxFileBytes, io, (done) => progress?.update(done));
    progress?.finish();
    const reports = [...analysed, ...unreadableFolders].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    if (options.quiet) {
      for (const report of reports) {
        report.findings = report.findings.filter((f) => isFailing(f.severity));
        report.jobs = [];
      }
    }

    io.stdout.write(formatters[options.format]({ cwd: io.cwd, toolVersion: VERSION, rules: analyzer.rules, files: reports }));
    const missing = reports.filter((r) => r.notAnalysed).length;
    if (missing > 0) {
      io.stderr.write(`flink-ft: ${missing} ${missing === 1 ? 'file or folder was' : 'files or folders were'} not analysed; the check is incomplete.\n`);
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
  const { byId, unknown } = resolveRuleSeverities(overrides, rules);
  if (unknown[0] !== undefined) {
    throw new UsageError(`Unknown rule '${unknown[0]}' in --rule. Known rules: ${describeRuleIds(rules)}.`);
  }
  return byId;
}

function analyzeFiles(
  index: WorkspaceIndex,
  files: readonly string[],
  settings: AnalysisSettings,
  maxFileBytes: number,
  io: CliIo,
  onProgress: (done: number) => void,
): FileReport[] {
  const brokenRules = new Set<string>();
  const reports: FileReport[] = [];
  const workspace: WorkspaceFile[] = [];
  const pathOf = new Map<string, string>();
  for (const path of files) {
    // Synchronous on purpose: analysis is synchronous CPU work, so async reads would only add overhead.
    const source = readSourceFile(path, maxFileBytes);
    if (source.kind === 'text') {
      const uri = pathToFileURL(path).href;
      workspace.push({ uri, text: source.text });
      pathOf.set(uri, path);
    } else if (source.kind === 'skipped') {
      reports.push({ path, findings: [], jobs: [], notAnalysed: { kind: 'skipped', reason: source.detail } });
    } else {
      io.stderr.write(`flink-ft: cannot read ${escapeControlCharacters(path)}: ${source.error.message}\n`);
      reports.push({ path, findings: [], jobs: [], notAnalysed: { kind: 'failed', reason: `cannot be read (${source.error.message})` } });
    }
  }
  const { results, configFindings } = analyzeWorkspace(index.analyzer, workspace, settings, onProgress, index);
  for (const [uri, result] of results) {
    const path = pathOf.get(uri)!;
    const report: FileReport = { path, findings: result.findings, jobs: result.jobs };
    for (const { ruleId, error } of result.ruleErrors) {
      // A front end that threw analysed nothing; a rule that threw left its part out. Either way
      // the file is not clean, whatever the other rules said.
      report.notAnalysed ??= { kind: 'failed', reason: failureReason(ruleId, error) };
      // Once per rule on stderr: a rule that trips on one shape of code usually trips on many files.
      if (brokenRules.has(ruleId)) continue;
      brokenRules.add(ruleId);
      io.stderr.write(`flink-ft: ${ruleId} failed on ${escapeControlCharacters(path)} (${error.message}). Please report this.\n`);
    }
    reports.push(report);
  }
  // Config files are listed only when something is wrong in them, so "files checked" counts code.
  for (const [uri, findings] of configFindings) {
    if (findings.length > 0) reports.push({ path: pathOf.get(uri)!, findings, jobs: [] });
  }
  return reports;
}

/** Why a folder's files are missing, and what to do about it. */
function unreadableFolderReason(error: Error): string {
  const code = (error as NodeJS.ErrnoException).code;
  const fix = code === 'EACCES' || code === 'EPERM'
    ? 'give the user running the check read and execute permission on it (chmod a+rx), or add it to .gitignore to leave it out'
    : 'check that it still exists and can be listed, or add it to .gitignore to leave it out';
  return `folder cannot be read, so its files were not checked (${error.message}): ${fix}`;
}

function failureReason(ruleId: string, error: Error): string {
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return `the code nests too deeply to analyse (${ruleId}: ${error.message})`;
  }
  return ruleId.startsWith('front-end:') || ruleId === 'parse' ? `the analysis failed (${error.message})` : `rule ${ruleId} failed (${error.message})`;
}
