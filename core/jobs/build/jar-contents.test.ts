import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { classWithMain, writeZip } from '../test-support/write-zip.js';
import { parseManifest, readJarContents } from './jar-contents.js';

describe('readJarContents', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'jar-contents-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('reads Main-Class, classes and main candidates, skipping inner and library classes', async () => {
    const jar = join(dir, 'job.jar');
    await writeZip(jar, {
      'META-INF/MANIFEST.MF': 'Manifest-Version: 1.0\r\nMain-Class: com.example.Job\r\n\r\n',
      'com/example/Job.class': classWithMain(),
      'com/example/Job$Inner.class': classWithMain(),
      'com/example/Helper.class': Buffer.from('no entry here'),
      'com/example/Other.class': classWithMain(),
      'org/apache/flink/Shaded.class': classWithMain(),
    });
    expect(await readJarContents(jar)).toEqual({
      mainClass: 'com.example.Job',
      classes: ['com.example.Job', 'com.example.Helper', 'com.example.Other', 'org.apache.flink.Shaded'],
      mainCandidates: ['com.example.Job', 'com.example.Other'],
    });
  });

  it('reports no main class when the manifest has none', async () => {
    const jar = join(dir, 'thin.jar');
    await writeZip(jar, { 'META-INF/MANIFEST.MF': 'Manifest-Version: 1.0\n', 'a/B.class': classWithMain() });
    const contents = await readJarContents(jar);
    expect(contents.mainClass).toBeUndefined();
    expect(contents.mainCandidates).toEqual(['a.B']);
  });

  it('rejects a file that is not a zip', async () => {
    const notJar = join(dir, 'x.jar');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(notJar, 'plain text, long enough to be searched for an end record');
    await expect(readJarContents(notJar)).rejects.toThrow(`${notJar} is not a jar or zip file (no end of central directory)`);
  });
});

describe('parseManifest', () => {
  it('joins continuation lines wrapped at 72 bytes', () => {
    const manifest = parseManifest('Main-Class: com.example.very.long.package.name.that.wraps.Aro\r\n und\r\nX: y\r\n');
    expect(manifest.get('Main-Class')).toBe('com.example.very.long.package.name.that.wraps.Around');
    expect(manifest.get('X')).toBe('y');
  });
});
