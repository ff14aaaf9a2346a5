// Docker multiplexes stdout and stderr of non-TTY containers into frames: an 8-byte header
// (byte 0: stream 1=stdout 2=stderr; bytes 4..7: payload length, big-endian) then the payload.

export type StreamName = 'stdout' | 'stderr';

/**
 * Incremental demuxer for a followed stream: feed chunks as they arrive, get whole lines per
 * stream (frames and lines can both be split across chunks).
 */
export class LineDemuxer {
  private pending: Buffer = Buffer.alloc(0);
  private readonly partial: Record<StreamName, string> = { stdout: '', stderr: '' };

  constructor(private readonly onLine: (line: string, stream: StreamName) => void) {}

  push(chunk: Buffer): void {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    while (this.pending.length >= 8) {
      const size = this.pending.readUInt32BE(4);
      if (this.pending.length < 8 + size) break;
      const stream: StreamName = this.pending[0] === 2 ? 'stderr' : 'stdout';
      this.text(stream, this.pending.subarray(8, 8 + size).toString('utf8'));
      this.pending = this.pending.subarray(8 + size);
    }
  }

  /** Emits what is left of unterminated lines. */
  flush(): void {
    for (const stream of ['stdout', 'stderr'] as const) {
      if (this.partial[stream].length > 0) this.onLine(this.partial[stream], stream);
      this.partial[stream] = '';
    }
  }

  private text(stream: StreamName, text: string): void {
    const parts = (this.partial[stream] + text).split('\n');
    this.partial[stream] = parts.pop() ?? '';
    for (const line of parts) this.onLine(line.endsWith('\r') ? line.slice(0, -1) : line, stream);
  }
}

/** Lines of a complete multiplexed buffer, both streams interleaved in arrival order. */
export function demuxLines(buffer: Buffer): string[] {
  const lines: string[] = [];
  const demuxer = new LineDemuxer((line) => lines.push(line));
  demuxer.push(buffer);
  demuxer.flush();
  return lines;
}
