// Writes a synthetic multi-module workspace for the CLI benchmark: Flink jobs (some not
// fault-tolerant) among plain classes, plus build output and ignored folders that must be skipped.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { javaJob, javaPlainClass, random } from './generate-java.mjs';

/** Creates `fileCount` checkable .java files under `root`; returns how many are jobs. */
export function generateWorkspace(root, fileCount, seed = 7) {
  const rnd = random(seed);
  let jobs = 0;
  writeFileSync(join(root, '.gitignore'), 'generated/\n');
  for (let i = 0; i < fileCount; i++) {
    const module = `module-${i % 20}`;
    const pkgPath = `com/example/m${i % 20}/p${Math.floor(i / 100)}`;
    const dir = join(root, module, 'src/main/java', pkgPath);
    mkdirSync(dir, { recursive: true });
    const pkg = pkgPath.replaceAll('/', '.');
    const lines = 40 + Math.floor(rnd() * 160);
    let text;
    if (i % 5 === 0) {
      jobs++;
      const sink = ['kafka-exactly-once', 'print', 'kafka-at-least-once'][i % 3];
      text = javaJob({ pkg, className: `Job${i}`, lines, checkpointed: i % 2 === 0, sink, seed: i });
      writeFileSync(join(dir, `Job${i}.java`), text);
    } else {
      text = javaPlainClass({ pkg, className: `Model${i}`, lines });
      writeFileSync(join(dir, `Model${i}.java`), text);
    }
  }
  // Noise the walker must skip: build output and an ignored folder, each with Java files.
  for (const skipped of ['module-0/target/generated-sources', 'generated', 'node_modules/dep']) {
    mkdirSync(join(root, skipped), { recursive: true });
    for (let k = 0; k < 50; k++) {
      writeFileSync(join(root, skipped, `Skipped${k}.java`), javaJob({ className: `Skipped${k}`, lines: 60, checkpointed: false }));
    }
  }
  return { jobs };
}
