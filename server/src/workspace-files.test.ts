// Reading the workspace at start-up from real folders whose names hold URI syntax (issue 18).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WorkspaceIndex, type Analyzer } from '../../core/analysis/index.js';
import { testAnalyzer } from '../../core/analysis/test-support.js';
import { indexWorkspace } from './workspace-files.js';

let analyzer: Analyzer;
let dir: string;
beforeAll(async () => {
  analyzer = await testAnalyzer();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const helper = `public final class Setup {
  public static StreamExecutionEnvironment create() {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.enableCheckpointing(10_000);
    return env;
  }
}`;

describe('indexWorkspace', () => {
  it.each(['C#', 'a?b', '100%'])('indexes the files under a folder named %s, beside a file with %% in its name', async (name) => {
    dir = mkdtempSync(join(tmpdir(), 'flinkft-ws-'));
    mkdirSync(join(dir, name));
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', 'coverage 100%.html'), '<html></html>');
    writeFileSync(join(dir, name, 'Setup.java'), helper);
    const index = new WorkspaceIndex(analyzer);
    const count = await indexWorkspace(index, [dir], () => false);
    expect(count).toBe(1);
    const uri = pathToFileURL(join(dir, name, 'Setup.java')).href;
    expect(index.declaredClassesOf(uri)).toEqual(['Setup']);
  });
});
