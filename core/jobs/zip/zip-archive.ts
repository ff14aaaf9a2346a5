import { open, type FileHandle } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';
import { JarUnreadableError } from '../errors/jar-unreadable-error.js';

/** One file in a zip's central directory. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_MIN_SIZE = 22;
const MAX_COMMENT = 0xffff;
/** Manifests and class files are kilobytes; a bigger entry is not one we need, or a zip bomb. */
const DEFAULT_MAX_ENTRY_BYTES = 64 * 1024 * 1024;

export interface ZipArchiveOptions {
  /** Largest entry read() inflates (default 64 MiB); larger ones throw JarUnreadableError. */
  maxEntryBytes?: number;
}

/**
 * Reads jars (zip files) without a dependency: the central directory for the list of entries, and
 * single entries on demand (stored or deflated). Enough for manifests and class files; zip64
 * archives (> 65,535 entries or > 4 GiB) are rejected with a clear error. Sizes are checked
 * against the file and a cap before anything is allocated, and inflating stops at the size an
 * entry declares, so a hostile jar cannot make us allocate gigabytes.
 */
export class ZipArchive implements AsyncDisposable {
  private constructor(
    private readonly file: FileHandle,
    readonly path: string,
    readonly entries: readonly ZipEntry[],
    private readonly maxEntryBytes: number,
    private readonly size: number,
  ) {}

  static async open(path: string, options: ZipArchiveOptions = {}): Promise<ZipArchive> {
    const file = await open(path, 'r');
    try {
      const { size } = await file.stat();
      return new ZipArchive(file, path, await readCentralDirectory(file, path, size), options.maxEntryBytes ?? DEFAULT_MAX_ENTRY_BYTES, size);
    } catch (error) {
      await file.close();
      throw error;
    }
  }

  find(name: string): ZipEntry | undefined {
    return this.entries.find((e) => e.name === name);
  }

  async read(entry: ZipEntry): Promise<Buffer> {
    const size = this.size;
    if (entry.uncompressedSize > this.maxEntryBytes) {
      throw new JarUnreadableError(this.path, `has an entry ${entry.name} of ${entry.uncompressedSize} bytes, more than the ${this.maxEntryBytes} bytes flink-ft reads from one entry`);
    }
    if (entry.localHeaderOffset + 30 + entry.compressedSize > size) throw new JarUnreadableError(this.path, `has an entry ${entry.name} that reaches past the end of the file`);
    const header = Buffer.alloc(30);
    await this.file.read(header, 0, 30, entry.localHeaderOffset);
    if (header.readUInt32LE(0) !== LOCAL_SIGNATURE) throw new JarUnreadableError(this.path, `has a broken local header for ${entry.name}`);
    // The local header repeats name and extra field with lengths that may differ from the central ones.
    const dataStart = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    if (dataStart + entry.compressedSize > size) throw new JarUnreadableError(this.path, `has an entry ${entry.name} that reaches past the end of the file`);
    const data = Buffer.alloc(entry.compressedSize);
    await this.file.read(data, 0, entry.compressedSize, dataStart);
    if (entry.method === 0) return data;
    if (entry.method === 8) return this.inflate(entry, data);
    throw new JarUnreadableError(this.path, `has an entry ${entry.name} in zip compression method ${entry.method}, which is not supported`);
  }

  // Inflating stops one byte past the declared size: an entry that grows beyond it is damaged or a bomb.
  private inflate(entry: ZipEntry, data: Buffer): Buffer {
    try {
      const inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize + 1) });
      if (inflated.length <= entry.uncompressedSize) return inflated;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ERR_BUFFER_TOO_LARGE') {
        throw new JarUnreadableError(this.path, `has an entry ${entry.name} that does not inflate (${(error as Error).message})`, { cause: error });
      }
    }
    throw new JarUnreadableError(this.path, `has an entry ${entry.name} that inflates to more than the ${entry.uncompressedSize} bytes it declares (a damaged jar or a zip bomb)`);
  }

  async close(): Promise<void> {
    await this.file.close();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }
}

async function readCentralDirectory(file: FileHandle, path: string, size: number): Promise<ZipEntry[]> {
  const tailSize = Math.min(size, EOCD_MIN_SIZE + MAX_COMMENT);
  const tail = Buffer.alloc(tailSize);
  await file.read(tail, 0, tailSize, size - tailSize);
  // The end record sits before an optional comment of unknown length: search backwards.
  let eocd = -1;
  for (let i = tailSize - EOCD_MIN_SIZE; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new JarUnreadableError(path, 'is not a jar or zip file (no end of central directory)');
  const count = tail.readUInt16LE(eocd + 10);
  const dirSize = tail.readUInt32LE(eocd + 12);
  const dirOffset = tail.readUInt32LE(eocd + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) throw new JarUnreadableError(path, 'is a zip64 archive, which is not supported');
  if (dirOffset + dirSize > size) throw new JarUnreadableError(path, 'has a central directory that reaches past the end of the file');
  const dir = Buffer.alloc(dirSize);
  await file.read(dir, 0, dirSize, dirOffset);
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > dir.length || dir.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw new JarUnreadableError(path, `has a broken central directory entry ${i}`);
    const nameLength = dir.readUInt16LE(at + 28);
    const extraLength = dir.readUInt16LE(at + 30);
    const commentLength = dir.readUInt16LE(at + 32);
    entries.push({
      method: dir.readUInt16LE(at + 10),
      compressedSize: dir.readUInt32LE(at + 20),
      uncompressedSize: dir.readUInt32LE(at + 24),
      localHeaderOffset: dir.readUInt32LE(at + 42),
      name: dir.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
