// Every TypeScript file in the repository belongs to a tsconfig that `npm test` type-checks
// (tsconfig.json, client/tsconfig.json). A file outside every `include` (the vitest configs were)
// compiles under vitest or esbuild without its types ever being checked.
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CHECKED_PROJECTS = ['tsconfig.json', 'client/tsconfig.json'];

function filesCheckedBy(configPath: string): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(join(root, configPath), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (!parsed) throw new Error(`cannot read ${configPath}`);
  // The program's files, not only the `include` roots: a declaration file beside a .js module is
  // checked because code imports it. Building the program parses; it does not type-check.
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  return program.getSourceFiles().map((file) => resolve(file.fileName));
}

it('every tracked .ts file is included by a type-checked tsconfig', () => {
  const checked = new Set(CHECKED_PROJECTS.flatMap(filesCheckedBy));
  const tracked = execFileSync('git', ['ls-files', '-z', '--', '*.ts', '*.mts', '*.cts'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file !== '' && !file.startsWith('test/fixtures/') && !file.startsWith('examples/'));
  expect(tracked.length).toBeGreaterThan(100);
  expect(tracked.filter((file) => !checked.has(join(root, file)))).toEqual([]);
});
