// Reading the workspace at start-up from real folders whose names hold URI syntax (issue 18).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WorkspaceIndex, type Analyzer } from '../../core/analysis/index.js';
import { testAnalyzer } from '../../core/analysis/test-support.js';
import { checkpointedFactory } from './test-support/java-jobs.js';
import { indexWorkspace, reindexFile } from './workspace-files.js';

let analyzer: Analyzer;
let dir: string;
beforeAll(async () => {
  analyzer = await testAnalyzer();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const helper = checkpointedFactory('Setup');

describe('indexWorkspace', () => {
  it.each(['C#', 'a?b', '100%'])('indexes the files under a folder named %s, beside a file with %% in its name', async (name) => {
    dir = mkdtempSync(join(tmpdir(), 'flinkft-ws-'));
    mkdirSync(join(dir, name));
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', 'coverage 100%.html'), '<html></html>');
    writeFileSync(join(dir, name, 'Setup.java'), helper);
    const index = new WorkspaceIndex(analyzer);
    const { indexed } = await indexWorkspace(index, [dir], () => false);
    expect(indexed).toBe(1);
    const uri = pathToFileURL(join(dir, name, 'Setup.java')).href;
    expect(index.declaredClassesOf(uri)).toEqual(['Setup']);
  });

  it('leaves out a FIFO, a link to /dev/zero and binary content, saying why, and indexes the rest', async () => {
    dir = mkdtempSync(join(tmpdir(), 'flinkft-ws-'));
    writeFileSync(join(dir, 'Setup.java'), helper);
    execFileSync('mkfifo', [join(dir, 'Pipe.java')]);
    symlinkSync('/dev/zero', join(dir, 'Zero.java'));
    writeFileSync(join(dir, 'blob.py'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0]));
    const index = new WorkspaceIndex(analyzer);
    const { indexed, skipped } = await indexWorkspace(index, [dir], () => false);
    expect(indexed).toBe(1);
    // The walk does not list what is not a regular file; binary content is read and refused.
    expect(skipped).toEqual([{ path: join(dir, 'blob.py'), reason: 'not text (binary content)' }]);
  });

  it('re-reads a file changed on disk, but not a FIFO created in the workspace (it would block the server)', () => {
    dir = mkdtempSync(join(tmpdir(), 'flinkft-ws-'));
    const fifo = join(dir, 'Pipe.java');
    execFileSync('mkfifo', [fifo]);
    const index = new WorkspaceIndex(analyzer);
    expect(reindexFile(index, pathToFileURL(fifo).href)).toBe(false);
    writeFileSync(join(dir, 'Setup.java'), helper);
    expect(reindexFile(index, pathToFileURL(join(dir, 'Setup.java')).href)).toBe(true);
    expect(index.declaredClassesOf(pathToFileURL(join(dir, 'Setup.java')).href)).toEqual(['Setup']);
  });
});
