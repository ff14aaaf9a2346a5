import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSourceFile } from './read-source-file.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'flinkft-read-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('readSourceFile', () => {
  it('reads UTF-8 text and drops a UTF-8 byte order mark', () => {
    expect(readSourceFile(file('a.java', 'class A {}'))).toEqual({ kind: 'text', text: 'class A {}' });
    expect(readSourceFile(file('b.java', '\uFEFFclass B {}'))).toEqual({ kind: 'text', text: 'class B {}' });
  });

  it('decodes UTF-16 in both byte orders by their byte order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('class Ü {}', 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect(readSourceFile(file('le.java', le))).toEqual({ kind: 'text', text: 'class Ü {}' });
    expect(readSourceFile(file('be.java', be))).toEqual({ kind: 'text', text: 'class Ü {}' });
  });

  it('skips binary content', () => {
    expect(readSourceFile(file('x.py', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41])))).toMatchObject({ kind: 'skipped', reason: 'not text' });
  });

  it('skips files over the cap without reading them whole', () => {
    const path = file('big.java', 'x'.repeat(2000));
    expect(readSourceFile(path, 1000)).toMatchObject({ kind: 'skipped', reason: 'too large', detail: 'too large (2.0 KiB, limit 1000 B)' });
    expect(readSourceFile(path, 2000)).toMatchObject({ kind: 'text' });
  });

  it('skips a link to a device and a FIFO instead of reading forever', () => {
    const zero = join(dir, 'zero.java');
    symlinkSync('/dev/zero', zero);
    expect(readSourceFile(zero)).toMatchObject({ kind: 'skipped', reason: 'not a regular file' });
    const fifo = join(dir, 'pipe.java');
    execFileSync('mkfifo', [fifo]);
    expect(readSourceFile(fifo)).toMatchObject({ kind: 'skipped', reason: 'not a regular file' });
  });

  it('reports a missing file as unreadable', () => {
    expect(readSourceFile(join(dir, 'gone.java'))).toMatchObject({ kind: 'unreadable' });
  });
});
