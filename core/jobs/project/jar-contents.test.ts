import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { classWithMain, writeZip } from '../test-support/write-zip.js';
import { JarUnreadableError } from '../errors/jar-unreadable-error.js';
import { ZipArchive } from '../zip/zip-archive.js';
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
    await writeFile(notJar, 'plain text, long enough to be searched for an end record');
    await expect(readJarContents(notJar)).rejects.toThrow(`${notJar} is not a jar or zip file (no end of central directory)`);
  });
});

describe('ZipArchive size limits', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'jar-bomb-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('stops inflating an entry that grows past the size it declares (a zip bomb)', async () => {
    const jar = join(dir, 'bomb.jar');
    // 8 MiB of zeros deflate to a few KiB; the entry claims 1 KiB.
    await writeZip(jar, { 'com/example/Bomb.class': Buffer.alloc(8 * 1024 * 1024) }, { 'com/example/Bomb.class': 1024 });
    const error = await readJarContents(jar).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JarUnreadableError);
    expect((error as Error).message).toBe(
      `${jar} has an entry com/example/Bomb.class that inflates to more than the 1024 bytes it declares (a damaged jar or a zip bomb). ` +
        'Rebuild the jar (mvn package / gradle build) or pass another one.',
    );
  });

  it('refuses an entry larger than the cap without inflating it', async () => {
    const jar = join(dir, 'big.jar');
    await writeZip(jar, { 'META-INF/MANIFEST.MF': Buffer.alloc(2 * 1024 * 1024, 0x41) });
    await using zip = await ZipArchive.open(jar, { maxEntryBytes: 1024 * 1024 });
    const error = await zip.read(zip.find('META-INF/MANIFEST.MF')!).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JarUnreadableError);
    expect((error as Error).message).toContain('has an entry META-INF/MANIFEST.MF of 2097152 bytes, more than the 1048576 bytes flink-ft reads from one entry');
  });

  it('refuses a central directory that claims more bytes than the file has', async () => {
    const jar = join(dir, 'lying.jar');
    await writeZip(jar, { 'a/B.class': classWithMain() });
    const bytes = await readFile(jar);
    bytes.writeUInt32LE(0x7fffffff, bytes.length - 22 + 12); // the end record's directory size
    await writeFile(jar, bytes);
    await expect(readJarContents(jar)).rejects.toBeInstanceOf(JarUnreadableError);
  });
});

describe('parseManifest', () => {
  it('joins continuation lines wrapped at 72 bytes', () => {
    const manifest = parseManifest('Main-Class: com.example.very.long.package.name.that.wraps.Aro\r\n und\r\nX: y\r\n');
    expect(manifest.get('Main-Class')).toBe('com.example.very.long.package.name.that.wraps.Around');
    expect(manifest.get('X')).toBe('y');
  });
});
