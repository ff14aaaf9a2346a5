import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listSavepoints } from './list-savepoints.js';

describe('listSavepoints', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sp-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('lists complete savepoints newest first with the job id prefix from the name', async () => {
    for (const [name, complete, t] of [['savepoint-3f2a9c-0123456789ab', true, 1000], ['savepoint-aaaaaa-ffffffffffff', true, 2000], ['savepoint-bbbbbb-000000000000', false, 3000], ['my-copy', true, 500]] as const) {
      await mkdir(join(dir, name));
      if (complete) {
        await writeFile(join(dir, name, '_metadata'), 'x');
        await utimes(join(dir, name, '_metadata'), t, t);
      }
    }
    expect(await listSavepoints(dir)).toEqual([
      { path: join(dir, 'savepoint-aaaaaa-ffffffffffff'), jobIdPrefix: 'aaaaaa', completedAt: 2_000_000 },
      { path: join(dir, 'savepoint-3f2a9c-0123456789ab'), jobIdPrefix: '3f2a9c', completedAt: 1_000_000 },
      { path: join(dir, 'my-copy'), jobIdPrefix: undefined, completedAt: 500_000 },
    ]);
    expect(await listSavepoints(join(dir, 'missing'))).toEqual([]);
  });
});
