#!/usr/bin/env node
// `node scripts/bench/server-responsiveness-entry.mjs [server.cjs]`: only the responsiveness part
// of `npm run bench`, against a given server bundle (default: the built one), for before/after runs.
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { javaJob, typeAtExecute } from './generate-java.mjs';
import { benchResponsiveness } from './server-responsiveness.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const serverBundle = resolve(process.argv[2] ?? join(root, 'server/out/server.cjs'));
const rpc = createRequire(import.meta.url)('vscode-languageserver/node');
const jobText = javaJob({ className: 'TwoThousandLines', lines: 2_000, checkpointed: false, sink: 'print' });
console.log(JSON.stringify(await benchResponsiveness({ rpc, serverBundle, jobText, typeAt: typeAtExecute(jobText) }), null, 2));
