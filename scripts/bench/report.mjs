// Turns benchmark results into a console table and the analysis section of docs/performance.md.
// Other sections of that file (cluster, recovery) belong to other benchmarks: only the text
// between our markers is replaced.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { ms } from './stats.mjs';

export const START = '<!-- bench:analysis:start -->';
export const END = '<!-- bench:analysis:end -->';

export const TARGETS = { changeToDiagnosticsP95Ms: 30, workspaceMs: 5_000, analysisOverParse: 2, idleRequestMs: 100 };

const verdict = (ok) => (ok ? '✅ met' : '❌ missed');

export function machineInfo() {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${process.platform} ${process.arch}, Node ${process.version}`;
}

/** The 1-minute load average, so readers can tell a quiet run from one that shared the CPUs. */
export function currentLoad() {
  return loadavg()[0] ?? Number.NaN;
}

export function renderMarkdown({ analysis, bigFile, callsTimesMethods, workspace, server, responsiveness, date, load }) {
  const out = [];
  out.push(START, '', `## Analysis, CLI and language server`, '');
  out.push(`Measured ${date} on ${machineInfo()} by \`npm run bench\`, with a 1-minute load average of ${load.start.toFixed(1)} at the start and ${load.end.toFixed(1)} at the end. Other work on the machine (a load above 2 means the 2 cores were shared) inflates every number here, p95 most.`, '');
  out.push('| Measure | Result | Target | |', '|---|---|---|---|');
  out.push(`| didChange → publishDiagnostics p95, ${server.lines}-line file, real server over stdio | ${ms(server.p95)} (p50 ${ms(server.p50)}, max ${ms(server.max)}) | ≤ ${TARGETS.changeToDiagnosticsP95Ms} ms | ${verdict(server.p95 <= TARGETS.changeToDiagnosticsP95Ms)} |`);
  out.push(`| ${workspace.files}-file workspace through \`flink-ft check\` (wall, incl. Node start) | ${ms(workspace.wallMs)} (${Math.round(workspace.filesPerSecond)} files/s) | ≤ ${TARGETS.workspaceMs / 1000} s | ${verdict(workspace.wallMs <= TARGETS.workspaceMs)} |`);
  out.push(`| Analysis ÷ bare tree-sitter parse, all files (sum of p50s) | ${analysis.totalRatio.toFixed(2)}× | ≤ ${TARGETS.analysisOverParse}× | ${verdict(analysis.totalRatio <= TARGETS.analysisOverParse)} |`);
  out.push(`| ${bigFile.lines}-line file: analysis p50 / p95 (parse p50) | ${ms(bigFile.analysisP50)} / ${ms(bigFile.analysisP95)} (${ms(bigFile.parseP50)}) | — | ${bigFile.ratio.toFixed(2)}× parse |`);
  out.push(`| Server CPU time per edit (2,000-line file) | ${ms(server.cpuPerEditMs)} | — | |`);
  const r = responsiveness;
  out.push(`| First hover while indexing ${r.workspaceFiles} files and a 200 KB binary \`.py\` | ${ms(r.firstHoverMs)} | — | |`);
  out.push(`| Hover sent after ${r.edits} edits sent at once (answered after the queued edits) | ${ms(r.hoverAfterBurstMs)} | — | |`);
  out.push(`| Slowest of 20 hovers once the server is idle | ${ms(r.idleHoverMaxMs)} | ≤ ${TARGETS.idleRequestMs} ms | ${verdict(r.idleHoverMaxMs <= TARGETS.idleRequestMs)} |`);
  out.push(`| CLI CPU time for the ${workspace.files}-file workspace | ${ms(workspace.cpuMs)} | — | idle-machine wall estimate |`);
  out.push(`| Language server memory after the run (RSS / peak) | ${server.rssMb.toFixed(0)} MiB / ${server.peakRssMb.toFixed(0)} MiB | — | |`);
  out.push('');
  out.push(
    `Each of ${server.samples} single-character edits (typed into a string literal, ` +
      `${server.incremental ? 'incremental' : 'full-text'} sync) waits for the diagnostics of its own version before the next. ` +
      `The server adds no debounce: it analyses as soon as it is idle, and edits that arrive meanwhile join the queued run. ` +
      `So a sample is JSON-RPC, settings lookup, incremental re-parse and analysis. ` +
      `The server spent ${ms(server.cpuPerEditMs)} of CPU time per edit (user + system, from /proc; insensitive to other load), ` +
      `about what an edit costs on an idle machine. First diagnostics after didOpen (cold): ${ms(server.openMs)}.`,
  );
  out.push('');
  out.push('Per file (analysis = `analyzeText` from scratch, which includes its own parse):', '');
  out.push('| File | Lines | Findings | Parse p50 | Analysis p50 | Analysis p95 | Ratio |', '|---|---:|---:|---:|---:|---:|---:|');
  for (const r of [...analysis.rows, bigFile]) {
    out.push(`| ${r.name} | ${r.lines} | ${r.findings} | ${ms(r.parseP50)} | ${ms(r.analysisP50)} | ${ms(r.analysisP95)} | ${r.ratio.toFixed(2)}× |`);
  }
  out.push('');
  out.push('Java calls × methods (one generated class; the front end\'s share is analysis p50 minus parse p50, per call it should stay flat as the file grows):', '');
  out.push('| Methods × calls | Size | Parse p50 | Analysis p50 | Front end per call |', '|---:|---:|---:|---:|---:|');
  for (const r of callsTimesMethods) {
    out.push(`| ${r.methods.toLocaleString('en')} × ${r.calls} | ${(r.bytes / 2 ** 20).toFixed(1)} MiB | ${ms(r.parseP50)} | ${ms(r.analysisP50)} | ${r.usPerCall.toFixed(1)} µs |`);
  }
  out.push('');
  out.push(
    `Workspace: ${workspace.files} generated .java files (a fifth of them Flink jobs, the rest plain classes, 40–200 lines each) in 20 modules, ` +
      `plus 150 files in \`target/\`, \`node_modules/\` and a .gitignored folder that must be skipped. Median of ${workspace.runs.length} runs ` +
      `(${workspace.runs.map((t) => ms(t)).join(', ')}); the CLI process used ${ms(workspace.cpuMs)} of CPU time, about the wall time to expect ` +
      `on an idle machine (the check runs on one thread). Of the wall time, Node start-up and loading the grammars take ${ms(workspace.startupMs)} ` +
      `(\`flink-ft check\` on an empty folder) and finding the ${workspace.walked} files with .gitignore rules ${ms(workspace.walkMs)}; the rest is reading and analysis. ` +
      `The CLI said: \`${workspace.summary}\`.`,
  );
  out.push('', END);
  return out.join('\n');
}

export function writeSection(docPath, section) {
  const header = '# Performance\n\nMeasured numbers, regenerated by the benchmarks; each section is replaced between its own markers.\n\n';
  const current = existsSync(docPath) ? readFileSync(docPath, 'utf8') : header;
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  const next =
    start >= 0 && end > start
      ? current.slice(0, start) + section + current.slice(end + END.length)
      : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(docPath, next);
}

export function printTable({ analysis, bigFile, callsTimesMethods, workspace, server, responsiveness, load }) {
  console.log(`load average (1 min): ${load.start.toFixed(1)} at start, ${load.end.toFixed(1)} at end`);
  const rows = [
    ['didChange→diagnostics p50 / p95', `${ms(server.p50)} / ${ms(server.p95)}`, `p95 ≤ ${TARGETS.changeToDiagnosticsP95Ms} ms`, server.p95 <= TARGETS.changeToDiagnosticsP95Ms],
    ['  server CPU per edit', ms(server.cpuPerEditMs), '', undefined],
    ['first hover while indexing', ms(responsiveness.firstHoverMs), '', undefined],
    [`hover after ${responsiveness.edits} edits at once`, ms(responsiveness.hoverAfterBurstMs), '', undefined],
    ['slowest idle hover', ms(responsiveness.idleHoverMaxMs), `≤ ${TARGETS.idleRequestMs} ms`, responsiveness.idleHoverMaxMs <= TARGETS.idleRequestMs],
    ['server RSS / peak', `${server.rssMb.toFixed(0)} / ${server.peakRssMb.toFixed(0)} MiB`, '', undefined],
    [`${workspace.files}-file workspace (CLI)`, `${ms(workspace.wallMs)}, ${Math.round(workspace.filesPerSecond)} files/s`, `≤ ${TARGETS.workspaceMs} ms`, workspace.wallMs <= TARGETS.workspaceMs],
    ['  CPU time of the CLI process', ms(workspace.cpuMs), '', undefined],
    ['  of which start-up / walk', `${ms(workspace.startupMs)} / ${ms(workspace.walkMs)}`, '', undefined],
    ['analysis ÷ parse (all files)', `${analysis.totalRatio.toFixed(2)}×`, `≤ ${TARGETS.analysisOverParse}×`, analysis.totalRatio <= TARGETS.analysisOverParse],
    [`${bigFile.lines}-line file analysis p50 / p95`, `${ms(bigFile.analysisP50)} / ${ms(bigFile.analysisP95)}`, `parse ${ms(bigFile.parseP50)}`, undefined],
  ];
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  const w2 = Math.max(...rows.map((r) => r[2].length));
  for (const [a, b, c, ok] of rows) {
    console.log(`${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c.padEnd(w2)}  ${ok === undefined ? '' : ok ? 'ok' : 'MISSED'}`);
  }
  console.log('');
  console.log('Java calls × methods:');
  for (const r of callsTimesMethods) {
    console.log(`  ${String(r.methods).padStart(5)} × ${r.calls}  ${(r.bytes / 2 ** 20).toFixed(1)} MiB  parse ${ms(r.parseP50).padStart(9)}  analysis ${ms(r.analysisP50).padStart(9)}  front end ${r.usPerCall.toFixed(1)} µs/call`);
  }
  console.log('');
  console.log('per file:');
  const width = Math.max(...[...analysis.rows, bigFile].map((r) => r.name.length));
  for (const r of [...analysis.rows, bigFile]) {
    console.log(`  ${r.name.padEnd(width)} ${String(r.lines).padStart(5)} lines  parse ${ms(r.parseP50).padStart(9)}  analysis p50 ${ms(r.analysisP50).padStart(9)} p95 ${ms(r.analysisP95).padStart(9)}  ${r.ratio.toFixed(2)}×`);
  }
}
