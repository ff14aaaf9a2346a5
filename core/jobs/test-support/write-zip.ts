import { writeFile } from 'node:fs/promises';
import { deflateRawSync } from 'node:zlib';

/**
 * Writes a minimal zip (deflated entries, no CRC check needed by our reader) for jar tests.
 * `declaredSizes` makes entries lie about their uncompressed size, as a zip bomb does.
 */
export async function writeZip(path: string, files: Record<string, string | Buffer>, declaredSizes: Record<string, number> = {}): Promise<void> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const raw = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const data = deflateRawSync(raw);
    const nameBytes = Buffer.from(name, 'utf8');
    const declared = declaredSizes[name] ?? raw.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  await writeFile(path, Buffer.concat([...locals, dir, end]));
}

/** Bytes that look like a class file with `public static void main(String[])` to our scan. */
export function classWithMain(): Buffer {
  return Buffer.concat([Buffer.from([0xca, 0xfe, 0xba, 0xbe, 1, 0, 4]), Buffer.from('main', 'latin1'), Buffer.from('([Ljava/lang/String;)V', 'latin1')]);
}
