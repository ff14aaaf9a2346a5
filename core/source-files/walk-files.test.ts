import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { walkFiles } from './walk-files.js';

let root: string;

/** Creates `files` (path → content) under the temporary root. */
function tree(files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

const rel = (paths: string[]): string[] => paths.map((p) => p.slice(root.length + 1));
const javaOnly = (path: string): boolean => path.endsWith('.java');

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'flink-ft-walk-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('walkFiles', () => {
  it('tells of a folder it could not list instead of skipping it silently', () => {
    tree({ 'a.java': '', 'b/B.java': '' });
    const unreadable: string[] = [];
    // The folder vanishes between being listed and being read (chmod would not stop root, who runs CI here).
    const include = (path: string): boolean => {
      if (path.endsWith('a.java')) rmSync(join(root, 'b'), { recursive: true });
      return true;
    };
    expect(rel(walkFiles([root], { include, onUnreadableDirectory: (path) => unreadable.push(path) }))).toEqual(['a.java']);
    expect(unreadable).toEqual([join(root, 'b')]);
  });

  it('lists files sorted, absolute, filtered by include', () => {
    tree({ 'b/Job.java': '', 'a/Z.java': '', 'a/readme.md': '', 'Top.java': '' });
    expect(rel(walkFiles([root], { include: javaOnly }))).toEqual(['Top.java', 'a/Z.java', 'b/Job.java']);
  });

  it('always skips node_modules, target, build, .git and out', () => {
    tree({
      'src/Job.java': '',
      'node_modules/x/A.java': '',
      'target/classes/A.java': '',
      'sub/build/A.java': '',
      '.git/A.java': '',
      'out/A.java': '',
    });
    expect(rel(walkFiles([root]))).toEqual(['src/Job.java']);
  });

  it('respects .gitignore, nested files and negation', () => {
    tree({
      '.gitignore': '*.gen.java\ngenerated/\n',
      'A.java': '',
      'B.gen.java': '',
      'generated/C.java': '',
      'pkg/.gitignore': '!Keep.gen.java\nLocal.java\n',
      'pkg/Keep.gen.java': '',
      'pkg/Drop.gen.java': '',
      'pkg/Local.java': '',
      'other/Local.java': '',
    });
    expect(rel(walkFiles([root], { include: javaOnly }))).toEqual(['A.java', 'other/Local.java', 'pkg/Keep.gen.java']);
  });

  it('anchors patterns at the folder of their .gitignore', () => {
    tree({ 'pkg/.gitignore': '/Only.java\n', 'pkg/Only.java': '', 'pkg/deeper/Only.java': '', 'Only.java': '' });
    expect(rel(walkFiles([root], { include: javaOnly }))).toEqual(['Only.java', 'pkg/deeper/Only.java']);
  });

  it('applies .gitignore files between the git root and a walked subfolder', () => {
    tree({ '.git/HEAD': '', '.gitignore': 'skipped/\n', 'app/.gitignore': '*.tmp.java\n', 'app/src/A.java': '', 'app/src/B.tmp.java': '', 'app/src/skipped/C.java': '' });
    expect(rel(walkFiles([join(root, 'app/src')], { include: javaOnly }))).toEqual(['app/src/A.java']);
  });

  it('ignores .gitignore files above the walk root when there is no repository', () => {
    tree({ '.gitignore': '*.java\n', 'sub/A.java': '' });
    // Outside a repository only the walked folder's own .gitignore files count.
    expect(rel(walkFiles([join(root, 'sub')]))).toEqual(['sub/A.java']);
  });

  it('can ignore .gitignore files entirely', () => {
    tree({ '.gitignore': 'B.java\n', 'A.java': '', 'B.java': '' });
    expect(rel(walkFiles([root], { respectGitignore: false, include: javaOnly }))).toEqual(['A.java', 'B.java']);
  });

  it('returns a file named explicitly even when ignored, and removes duplicates', () => {
    tree({ '.gitignore': 'B.java\n', 'A.java': '', 'B.java': '' });
    expect(rel(walkFiles([root, join(root, 'B.java'), join(root, 'A.java')]))).toEqual(['.gitignore', 'A.java', 'B.java']);
  });

  it('checks linked files but does not follow linked folders', () => {
    tree({ 'real/A.java': '' });
    symlinkSync(join(root, 'real'), join(root, 'loop'));
    symlinkSync(join(root, 'real/A.java'), join(root, 'Link.java'));
    symlinkSync(join(root, 'missing.java'), join(root, 'Dangling.java'));
    expect(rel(walkFiles([root]))).toEqual(['Link.java', 'real/A.java']);
  });
});
