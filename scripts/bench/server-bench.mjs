// Latency from `textDocument/didChange` to the matching `textDocument/publishDiagnostics` through
// the real language server bundle over stdio, as VS Code talks to it. Each keystroke waits for its
// diagnostics before the next, so each sample is one edit's full round trip.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { median, percentile } from './stats.mjs';

const TIMEOUT_MS = 10_000;

function rssOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1] ?? Number.NaN);
    return { rssMb: kb('VmRSS') / 1024, peakRssMb: kb('VmHWM') / 1024 };
  } catch {
    return { rssMb: Number.NaN, peakRssMb: Number.NaN };
  }
}

/** CPU time (user + system) of a process in ms, from /proc (clock ticks of 10 ms on Linux). */
function cpuMsOf(pid) {
  try {
    // Fields after the parenthesised command name; utime and stime are the 12th and 13th of them.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

/**
 * @param rpc the bundled vscode-jsonrpc pieces: { createMessageConnection, StreamMessageReader, StreamMessageWriter }
 * @param text the document (a 2,000-line job); `typeAt` is the 0-based {line, character} where typing starts
 */
export async function benchServer({ rpc, serverBundle, filePath, text, typeAt, edits = 100 }) {
  const child = spawn(process.execPath, [serverBundle, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const uri = pathToFileURL(filePath).href;

  /** Resolvers waiting for diagnostics of a given version. */
  const waiting = new Map();
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    if (params.uri !== uri) return;
    // Servers without version support publish unversioned results: count them for the latest edit.
    const version = params.version ?? Math.max(...waiting.keys());
    const resolve = waiting.get(version);
    if (resolve) {
      waiting.delete(version);
      resolve(params);
    }
  });
  connection.onRequest('workspace/configuration', (params) =>
    params.items.map((item) => (item.section === 'flinkFt' ? { checkpointInterval: 10_000, rules: {} } : {})),
  );
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onNotification('window/logMessage', () => {});
  connection.listen();

  const diagnosticsFor = (version) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        waiting.delete(version);
        reject(new Error(`no diagnostics for version ${version} within ${TIMEOUT_MS} ms; server stderr:\n${stderr}`));
      }, TIMEOUT_MS);
      waiting.set(version, (params) => {
        clearTimeout(timer);
        resolve(params);
      });
    });

  try {
    const init = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(filePath.replace(/\/[^/]*$/, '')).href,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: { publishDiagnostics: { versionSupport: true, relatedInformation: true }, synchronization: { didSave: false } },
      },
      initializationOptions: {},
    });
    await connection.sendNotification('initialized', {});
    const sync = init.capabilities.textDocumentSync;
    const incremental = (typeof sync === 'number' ? sync : sync?.change) === 2;

    let version = 1;
    let t0 = performance.now();
    const opened = diagnosticsFor(version);
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'java', version, text } });
    const first = await opened;
    const openMs = performance.now() - t0;

    const lines = text.split('\n');
    const latencies = [];
    const cpuBefore = cpuMsOf(child.pid);
    const typed = 'abcdefghijklmnopqrstuvwxyz';
    for (let i = 0; i < edits; i++) {
      version++;
      const ch = typed[i % typed.length];
      const position = { line: typeAt.line, character: typeAt.character + i };
      const line = lines[typeAt.line];
      lines[typeAt.line] = line.slice(0, position.character) + ch + line.slice(position.character);
      const change = incremental ? { range: { start: position, end: position }, text: ch } : { text: lines.join('\n') };
      const done = diagnosticsFor(version);
      t0 = performance.now();
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      await done;
      latencies.push(performance.now() - t0);
    }
    const cpuPerEditMs = (cpuMsOf(child.pid) - cpuBefore) / edits;
    const memory = rssOf(child.pid);
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    return {
      lines: text.split('\n').length,
      incremental,
      diagnosticsOnOpen: first.diagnostics.length,
      openMs,
      p50: median(latencies),
      p95: percentile(latencies, 95),
      max: Math.max(...latencies),
      samples: latencies.length,
      cpuPerEditMs,
      ...memory,
    };
  } finally {
    connection.dispose();
    child.kill();
  }
}
