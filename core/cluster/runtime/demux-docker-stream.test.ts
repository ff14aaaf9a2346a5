import { describe, expect, it } from 'vitest';
import { LineDemuxer, demuxLines } from './demux-docker-stream.js';

function frame(stream: 1 | 2, text: string): Buffer {
  const payload = Buffer.from(text, 'utf8');
  const header = Buffer.alloc(8);
  header[0] = stream;
  header.writeUInt32BE(payload.length, 4);
  return Buffer.concat([header, payload]);
}

describe('Docker stream demultiplexing', () => {
  it('splits frames into lines per stream, across chunk and frame boundaries', () => {
    const got: [string, string][] = [];
    const demuxer = new LineDemuxer((line, stream) => got.push([stream, line]));
    const bytes = Buffer.concat([frame(1, 'hel'), frame(2, 'oops\n'), frame(1, 'lo\r\nwor'), frame(1, 'ld\n')]);
    for (let i = 0; i < bytes.length; i += 5) demuxer.push(bytes.subarray(i, i + 5));
    expect(got).toEqual([
      ['stderr', 'oops'],
      ['stdout', 'hello'],
      ['stdout', 'world'],
    ]);
  });

  it('flushes an unterminated last line', () => {
    expect(demuxLines(Buffer.concat([frame(1, 'a\nb')]))).toEqual(['a', 'b']);
  });
});
