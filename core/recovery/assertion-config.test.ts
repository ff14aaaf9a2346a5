import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ASSERTION_CONFIG_FILE, assertionFor, loadAssertionConfig } from './assertion-config.js';

let dir: string | undefined;
afterEach(async () => dir && rm(dir, { recursive: true, force: true }));

describe('flink-ft-recovery.json', () => {
  it('finds a job\'s assertion by entry class, by script path, else the default', async () => {
    dir = await mkdtemp(join(tmpdir(), 'ft-assert-'));
    await writeFile(join(dir, ASSERTION_CONFIG_FILE), JSON.stringify({
      jobs: { 'com.example.Counts': { progress: 'count=(?<value>\\d+)' }, 'jobs/enrich.py': { script: 'node check.mjs' } },
      default: { progress: 'n=(?<value>\\d+)' },
    }));
    const config = await loadAssertionConfig(dir);
    expect(assertionFor(config, { entryClass: 'com.example.Counts', artifact: join(dir, 'target/x.jar') })).toEqual({ kind: 'regex', pattern: 'count=(?<value>\\d+)' });
    expect(assertionFor(config, { artifact: join(dir, 'jobs/enrich.py') })).toEqual({ kind: 'script', command: 'node check.mjs', cwd: dir });
    expect(assertionFor(config, { entryClass: 'Other', artifact: join(dir, 'o.jar') })).toEqual({ kind: 'regex', pattern: 'n=(?<value>\\d+)' });
  });

  it('is undefined without the file and names the file when an entry is wrong', async () => {
    dir = await mkdtemp(join(tmpdir(), 'ft-assert-'));
    expect(await loadAssertionConfig(dir)).toBeUndefined();
    await writeFile(join(dir, ASSERTION_CONFIG_FILE), JSON.stringify({ jobs: { A: { progress: 'no group' } } }));
    await expect(loadAssertionConfig(dir)).rejects.toThrow(/named group 'value'/);
    await writeFile(join(dir, ASSERTION_CONFIG_FILE), JSON.stringify({ jobs: { A: { regex: 'x' } } }));
    await expect(loadAssertionConfig(dir)).rejects.toThrow(/jobs\["A"\] needs "progress"/);
  });
});
