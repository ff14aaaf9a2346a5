// Where the UI tier finds its tools and puts its results. The heavy tools live in a cache outside
// the repo (installed by scripts/e2e/setup-code-server.sh); results stay inside it.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

const cacheRoot = process.env.FLINKFT_CACHE ?? '/var/cache/flinkft';

/** Node 24: code-server refuses older versions, the project itself runs on Node 20. */
export const node24Bin = join(cacheRoot, 'node24', 'node_modules', 'node', 'bin');
export const codeServerDir = join(cacheRoot, 'code-server', 'node_modules', 'code-server');
export const codeServerBin = join(codeServerDir, 'out', 'node', 'entry.js');
export const chromiumPath = process.env.FLINKFT_CHROMIUM ?? '/usr/bin/chromium';

export const setupScript = join(repoRoot, 'scripts', 'e2e', 'setup-code-server.sh');
export const vsixPath = join(repoRoot, 'dist', 'flink-fault-tolerance.vsix');
export const examplesDir = join(repoRoot, 'examples');

/** Every run's screenshots and code-server logs, for debugging a failure. */
export const resultsDir = join(repoRoot, 'test-results', 'e2e');
/** Screenshots of key screens used by the README; refreshed only on request (see docs/e2e.md). */
export const docsImagesDir = join(repoRoot, 'docs', 'images');
