import ignore, { type Ignore } from 'ignore';
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

interface Level {
  /** Directory the patterns are relative to (where the .gitignore file lives). */
  dir: string;
  rules: Ignore;
}

/**
 * The .gitignore files that apply to one directory, outermost first. Git lets a deeper file
 * override a shallower one (a `!pattern` re-includes), so every level is consulted and the deepest
 * level with an opinion wins. Immutable: descending into a folder returns a new chain, which keeps
 * sibling folders from seeing each other's rules.
 */
export class GitignoreChain {
  static readonly empty = new GitignoreChain([]);

  private constructor(private readonly levels: readonly Level[]) {}

  /** The chain extended with `dir/.gitignore` when that file exists and has rules. */
  withDirectory(dir: string): GitignoreChain {
    const text = readGitignore(dir);
    if (text === undefined) return this;
    return this.withPatterns(dir, text);
  }

  /** The chain extended with patterns (gitignore syntax) relative to `dir`. */
  withPatterns(dir: string, patterns: string): GitignoreChain {
    const rules = ignore().add(patterns);
    return new GitignoreChain([...this.levels, { dir, rules }]);
  }

  /** Whether `path` (absolute) is ignored; folders are tested with a trailing slash as git does. */
  ignores(path: string, isDirectory: boolean): boolean {
    let ignored = false;
    for (const { dir, rules } of this.levels) {
      const rel = relative(dir, path);
      // Paths outside a level's folder (or the folder itself) are not its business.
      if (rel === '' || rel.startsWith('..')) continue;
      const posix = sep === '/' ? rel : rel.split(sep).join('/');
      const result = rules.test(isDirectory ? `${posix}/` : posix);
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  }
}

function readGitignore(dir: string): string | undefined {
  try {
    const text = readFileSync(join(dir, '.gitignore'), 'utf8');
    return text.trim() === '' ? undefined : text;
  } catch {
    // No .gitignore here (the common case) or unreadable: nothing to apply.
    return undefined;
  }
}
