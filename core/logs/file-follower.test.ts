import { appendFile, mkdtemp, rename, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileFollower, type FollowerEvent } from './file-follower.js';

let dir: string;
let lines: string[];
let events: FollowerEvent[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'flinkft-follow-'));
  lines = [];
  events = [];
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function follower(path: string, startAt: 'start' | 'end' = 'start') {
  return new FileFollower(path, (l) => lines.push(l), (e) => events.push(e), startAt);
}

describe('FileFollower', () => {
  it('reads appended lines and holds back an unterminated one', async () => {
    const path = join(dir, 'a.out');
    await writeFile(path, 'one\ntw');
    const f = follower(path);
    await f.poll();
    expect(lines).toEqual(['one']);
    await appendFile(path, 'o\r\nthree\n');
    await f.poll();
    expect(lines).toEqual(['one', 'two', 'three']);
    expect(events).toEqual(['opened']);
    await f.close();
  });

  it("starting at 'end' skips existing content", async () => {
    const path = join(dir, 'a.out');
    await writeFile(path, 'old\n');
    const f = follower(path, 'end');
    await f.poll();
    await appendFile(path, 'new\n');
    await f.poll();
    expect(lines).toEqual(['new']);
    await f.close();
  });

  it('starts over after truncation', async () => {
    const path = join(dir, 'a.out');
    await writeFile(path, 'before-1\nbefore-2\n');
    const f = follower(path);
    await f.poll();
    await truncate(path, 0);
    await appendFile(path, 'after\n');
    await f.poll();
    expect(lines).toEqual(['before-1', 'before-2', 'after']);
    expect(events).toEqual(['opened', 'truncated']);
    await f.close();
  });

  it('finishes the rotated file, then reads the new one from its start', async () => {
    const path = join(dir, 'a.out');
    await writeFile(path, 'first\n');
    const f = follower(path, 'end');
    await f.poll();
    await appendFile(path, 'late line of the old file\n');
    await rename(path, path + '.1');
    await writeFile(path, 'fresh\n');
    await f.poll();
    expect(lines).toEqual(['late line of the old file', 'fresh']);
    expect(events).toEqual(['opened', 'rotated', 'opened']);
    await f.close();
  });

  it('counts a file that takes the place of a vanished one as a rotation (poll between rename and create)', async () => {
    const path = join(dir, 'a.out');
    await writeFile(path, 'first\n');
    const f = follower(path, 'end');
    await f.poll();
    await rename(path, path + '.1');
    await f.poll();
    await writeFile(path, 'fresh\n');
    await f.poll();
    expect(lines).toEqual(['fresh']);
    expect(events).toEqual(['opened', 'rotated', 'opened']);
    await f.close();
  });

  it('waits for a file that does not exist yet or went away', async () => {
    const path = join(dir, 'later.out');
    const f = follower(path, 'end');
    await f.poll();
    expect(events).toEqual([]);
    await writeFile(path, 'hello\n');
    await f.poll();
    expect(lines).toEqual(['hello']);
    await rm(path);
    await f.poll();
    await writeFile(path, 'again\n');
    await f.poll();
    expect(lines).toEqual(['hello', 'again']);
    await f.close();
  });

  it('keeps a multi-byte character split across appends intact', async () => {
    const path = join(dir, 'a.out');
    const bytes = Buffer.from('grüße\n', 'utf8');
    await writeFile(path, bytes.subarray(0, 3)); // ends inside "ü"
    const f = follower(path);
    await f.poll();
    await appendFile(path, bytes.subarray(3));
    await f.poll();
    expect(lines).toEqual(['grüße']);
    await f.close();
  });
});
