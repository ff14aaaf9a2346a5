// Reads a file the analyzer is to check, refusing what would hang, exhaust memory or be analysed as
// garbage: anything but a regular file (a FIFO blocks a read forever, `/dev/zero` never ends), a
// file over the size cap, and binary content. UTF-16 files with a byte order mark are decoded;
// a UTF-8 byte order mark is dropped, as editors do, so positions match the editor's.
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';

/** 1 MiB: ten times the largest hand-written job we have seen; generated code above it is rare. */
export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

export type SkipReason = 'too large' | 'not text' | 'not a regular file';

export type SourceFile =
  | { kind: 'text'; text: string }
  | { kind: 'skipped'; reason: SkipReason; detail: string }
  | { kind: 'unreadable'; error: Error };

/** How much of a file's start is looked at to tell text from binary (as git and ripgrep do). */
const SNIFF_BYTES = 8000;

export function readSourceFile(path: string, maxBytes: number = DEFAULT_MAX_FILE_BYTES): SourceFile {
  let fd: number;
  try {
    // Following links is fine (stat below looks at the target), but never block on a FIFO's open.
    const before = statSync(path);
    if (!before.isFile()) return { kind: 'skipped', reason: 'not a regular file', detail: 'not a regular file' };
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { kind: 'unreadable', error: error instanceof Error ? error : new Error(String(error)) };
  }
  try {
    const stat = fstatSync(fd); // the file opened, not the one stat saw (it may have been swapped)
    if (!stat.isFile()) return { kind: 'skipped', reason: 'not a regular file', detail: 'not a regular file' };
    if (stat.size > maxBytes) return { kind: 'skipped', reason: 'too large', detail: `too large (${formatBytes(stat.size)}, limit ${formatBytes(maxBytes)})` };
    // Read at most one byte past the cap: a file that grows while read is still bounded.
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > maxBytes) return { kind: 'skipped', reason: 'too large', detail: `too large (over the limit of ${formatBytes(maxBytes)})` };
    return decodeSource(buffer.subarray(0, length));
  } catch (error) {
    return { kind: 'unreadable', error: error instanceof Error ? error : new Error(String(error)) };
  } finally {
    closeSync(fd);
  }
}

/** Text from bytes by their byte order mark (UTF-8 without one); binary content is skipped. */
export function decodeSource(bytes: Uint8Array): SourceFile {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xff && b1 === 0xfe) return decoded(bytes.subarray(2), 'utf-16le');
  if (b0 === 0xfe && b1 === 0xff) return decoded(bytes.subarray(2), 'utf-16be');
  const body = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (body.subarray(0, SNIFF_BYTES).includes(0)) return { kind: 'skipped', reason: 'not text', detail: 'not text (binary content)' };
  return decoded(body, 'utf-8');
}

function decoded(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be'): SourceFile {
  // Not fatal: a Latin-1 comment in a UTF-8 file is still a file to check (as readFileSync did).
  const text = new TextDecoder(encoding).decode(bytes);
  // A NUL in decoded text is binary in disguise (a UTF-16 BOM followed by random bytes).
  if (text.slice(0, SNIFF_BYTES).includes('\0')) return { kind: 'skipped', reason: 'not text', detail: 'not text (binary content)' };
  return { kind: 'text', text };
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} B`;
}
