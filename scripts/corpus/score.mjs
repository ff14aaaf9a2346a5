#!/usr/bin/env node
// Entry of `npm run corpus`: bundles the TypeScript scorer (scripts/corpus/*.ts) with esbuild, as
// the bench does, and runs it. Arguments are passed through (see --help).
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const bundle = join(root, 'scripts/corpus/out/score.cjs');
await esbuild.build({
  entryPoints: [join(root, 'scripts/corpus/main.ts')],
  outfile: bundle,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
});
const { main } = createRequire(import.meta.url)(bundle);
try {
  process.exitCode = main(process.argv.slice(2), root);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
}
