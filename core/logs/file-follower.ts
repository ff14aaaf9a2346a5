import { open, stat, type FileHandle } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';

export type FollowerEvent = 'opened' | 'rotated' | 'truncated';

const CHUNK = 64 * 1024;

/**
 * `tail -F` for one file, driven by poll(): follows appends, notices truncation (size shrank: read
 * again from 0) and rotation (the path now names another inode: finish the old file through its
 * open handle, then read the new one from its start). A file that disappears is waited for, and
 * the one that later takes its place counts as a rotation too (a poll can fall between the rename
 * and the new file's creation).
 */
export class FileFollower {
  private handle?: FileHandle;
  private ino?: number;
  // The followed file vanished: the next file at this path is a rotation, however late it appears.
  private vanished = false;
  private position = 0;
  private partial = '';
  // Keeps a multi-byte character that straddles two reads intact.
  private decoder = new StringDecoder('utf8');

  constructor(
    readonly path: string,
    private readonly onLine: (line: string) => void,
    private readonly onEvent: (event: FollowerEvent) => void = () => undefined,
    /** 'end' skips what the file holds when first opened (like tail -f); later files are read whole. */
    private startAt: 'start' | 'end' = 'start',
  ) {}

  async poll(): Promise<void> {
    const info = await stat(this.path).catch(() => undefined);
    if (this.handle && (!info || info.ino !== this.ino)) {
      await this.drain();
      await this.close();
      this.vanished = true;
    }
    if (info && this.vanished) {
      this.vanished = false;
      this.onEvent('rotated');
    }
    if (!info) {
      this.startAt = 'start'; // whatever appears later is new content
      return;
    }
    if (!this.handle) {
      this.handle = await open(this.path, 'r');
      this.ino = info.ino;
      this.position = this.startAt === 'end' ? info.size : 0;
      this.startAt = 'start'; // a recreated file is new content, read it all
      this.onEvent('opened');
    } else if (info.size < this.position) {
      this.position = 0;
      this.partial = '';
      this.decoder = new StringDecoder('utf8');
      this.onEvent('truncated');
    }
    await this.drain();
  }

  async close(): Promise<void> {
    const rest = this.partial + this.decoder.end();
    if (rest.length > 0) this.onLine(rest);
    this.partial = '';
    this.decoder = new StringDecoder('utf8');
    await this.handle?.close();
    this.handle = undefined;
    this.ino = undefined;
  }

  private async drain(): Promise<void> {
    if (!this.handle) return;
    const buffer = Buffer.alloc(CHUNK);
    for (;;) {
      const { bytesRead } = await this.handle.read(buffer, 0, CHUNK, this.position);
      if (bytesRead === 0) return;
      this.position += bytesRead;
      const parts = (this.partial + this.decoder.write(buffer.subarray(0, bytesRead))).split('\n');
      this.partial = parts.pop() ?? '';
      for (const line of parts) this.onLine(line.endsWith('\r') ? line.slice(0, -1) : line);
    }
  }
}
