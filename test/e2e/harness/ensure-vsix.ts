// Packages the extension once per change: the .vsix under test is rebuilt only when something that
// goes into it is newer than it, so a warm run reuses dist/flink-fault-tolerance.vsix.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { repoRoot, vsixPath } from './paths.js';

/** What `npm run package` reads: sources of the three bundles, the manifest, and shipped files. */
const inputs = ['client/src', 'server/src', 'cli/src', 'core', 'media', 'docs/rules', 'package.json', 'esbuild.js', '.vscodeignore', 'README.md', 'CHANGELOG.md'];

export function ensureVsix(log: (line: string) => void = console.log): string {
  const built = existsSync(vsixPath) ? statSync(vsixPath).mtimeMs : 0;
  const newest = newestInput();
  if (built > newest.mtimeMs) {
    log(`» reusing ${vsixPath} (newer than every input)`);
    return vsixPath;
  }
  log(`» packaging the extension (${built ? `${newest.path} changed` : 'no .vsix yet'})`);
  // vsce writes the file but does not create its folder.
  mkdirSync(dirname(vsixPath), { recursive: true });
  execFileSync('npm', ['run', '--silent', 'package', '--', ...linkBaseArgs()], { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'] });
  if (!existsSync(vsixPath)) throw new Error(`npm run package did not produce ${vsixPath}`);
  log(`» packaged ${vsixPath} (${(statSync(vsixPath).size / 1024 / 1024).toFixed(2)} MB)`);
  return vsixPath;
}

function newestInput(): { path: string; mtimeMs: number } {
  let newest = { path: '', mtimeMs: 0 };
  const visit = (relative: string): void => {
    const absolute = join(repoRoot, relative);
    if (!existsSync(absolute)) return;
    const stat = statSync(absolute);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(absolute)) {
        // Tests and build output do not go into the bundles.
        if (entry === 'node_modules' || entry === 'out' || entry.endsWith('.test.ts')) continue;
        visit(join(relative, entry));
      }
    } else if (stat.mtimeMs > newest.mtimeMs) {
      newest = { path: relative, mtimeMs: stat.mtimeMs };
    }
  };
  for (const input of inputs) visit(input);
  return newest;
}

/**
 * vsce refuses relative links in README.md unless it can tell where they point, and it only guesses
 * for GitHub/GitLab repositories: derive the bases from the manifest's repository URL.
 */
function linkBaseArgs(): string[] {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { repository?: { url?: string } | string };
  const url = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
  if (!url) return [];
  const base = url.replace(/\.git$/, '');
  return ['--baseContentUrl', `${base}/blob/main`, '--baseImagesUrl', `${base}/raw/main`];
}
