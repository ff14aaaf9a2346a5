import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ensureProjectDir } from '../../cluster/index.js';

/**
 * Copies a PyFlink script and its neighbours to `.flink/jobs/<name>-<hash>/`, which the JobManager
 * sees through its bind mount. The folders are checked like every `.flink` folder (no links out of
 * the project), and an entry already at a destination is removed first, so a planted link there is
 * replaced instead of written through.
 */
export async function stagePythonJob(workspace: string, scriptPath: string, extras: readonly string[]): Promise<string> {
  const hash = createHash('sha256').update(scriptPath).digest('hex').slice(0, 8);
  const dir = await ensureProjectDir(workspace, join('.flink', 'jobs', `${basename(scriptPath, '.py')}-${hash}`), 'read');
  for (const file of [scriptPath, ...extras]) {
    const target = join(dir, basename(file));
    await rm(target, { force: true, recursive: true });
    await copyFile(file, target, constants.COPYFILE_EXCL);
  }
  return dir;
}
