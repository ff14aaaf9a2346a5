// `flink-ft check examples` must report what the examples contain and nothing else: every source
// file under examples/ is analysed and the findings are compared with the list in examples/README.md.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { testAnalyzer } from './test-support.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const examples = join(root, 'examples');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'target' || entry.name === 'node_modules' || entry.name.startsWith('.')) return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : [path];
  });
}

const expected = [
  'examples/java/src/main/java/dev/flinkft/examples/KafkaPipeline.java:39 FLINK003 error missingRequirement',
  'examples/java/src/main/java/dev/flinkft/examples/SocketWordCount.java:21 FLINK001 warning checkpointingDisabled',
  'examples/java/src/main/java/dev/flinkft/examples/SocketWordCount.java:23 FLINK002 warning atMostOnceSource',
  'examples/probe/java/src/main/java/dev/flinkft/probe/UnreplayableProbe.java:21 FLINK002 warning uncheckpointedCustomSource',
  'examples/probe/python/probe.py:125 FLINK003 warning weakerThanJob',
];

it('reports exactly the findings the examples are meant to show', async () => {
  const analyzer = await testAnalyzer();
  const files = sourceFiles(examples).filter((f) => analyzer.languageForPath(f)).sort();
  expect(files.length).toBeGreaterThanOrEqual(3);
  const actual = files.flatMap((file) => {
    const languageId = analyzer.languageForPath(file)!;
    const result = analyzer.analyzeText(languageId, readFileSync(file, 'utf8'));
    expect(result.ruleErrors).toEqual([]);
    return result.findings.map((f) => `${relative(root, file)}:${f.range.start.line + 1} ${f.ruleId} ${f.severity} ${f.messageId}`);
  });
  expect(actual).toEqual(expected);
});

it('summarizes each example job as the README says', async () => {
  const analyzer = await testAnalyzer();
  const dir = join(examples, 'java/src/main/java/dev/flinkft/examples');
  const titles = ['SocketWordCount', 'CheckpointedCounts', 'KafkaPipeline'].map((name) =>
    analyzer.analyzeText('java', readFileSync(join(dir, `${name}.java`), 'utf8')).jobs.map((j) => j.title));
  expect(titles).toEqual([
    ['Flink: none — checkpointing off'],
    ['Flink: exactly-once'],
    ['Flink: none — KafkaSink cannot start on line 39'],
  ]);
});

it('lists every expected finding in examples/README.md', () => {
  const readme = readFileSync(join(examples, 'README.md'), 'utf8');
  for (const line of expected) {
    const [location, rule] = line.split(' ');
    const [file, lineNumber] = location!.split(':');
    expect(readme).toContain(`${relative('examples', file!)}:${lineNumber}`);
    expect(readme).toContain(rule);
  }
});
