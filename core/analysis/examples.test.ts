// `flink-ft check examples` must report what the examples contain and nothing else: every source
// file under examples/ is analysed and the findings are compared with the list in examples/README.md.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { applyEdits } from './apply-edits.js';
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
  'examples/java/src/main/java/dev/flinkft/examples/CheckpointedCounts.java:46 FLINK004 info positionSource',
  'examples/java/src/main/java/dev/flinkft/examples/CheckpointedCounts.java:48 FLINK004 info statefulOperator',
  'examples/java/src/main/java/dev/flinkft/examples/KafkaPipeline.java:35 FLINK004 info positionSource',
  'examples/java/src/main/java/dev/flinkft/examples/KafkaPipeline.java:39 FLINK003 error missingRequirement',
  'examples/java/src/main/java/dev/flinkft/examples/KafkaPipeline.java:39 FLINK008 info timeoutUnset',
  'examples/java/src/main/java/dev/flinkft/examples/SocketWordCount.java:21 FLINK001 warning checkpointingDisabled',
  'examples/java/src/main/java/dev/flinkft/examples/SocketWordCount.java:28 FLINK004 info statefulOperator',
  // the negative control's switch (--delivery at-least-once): on that path the sink gives less than the job promises
  'examples/kafka/java/src/main/java/dev/flinkft/kafka/KafkaIdPipeline.java:69 FLINK003 warning weakerThanJob',
  'examples/probe/java-flink2/src/main/java/dev/flinkft/probe/UnreplayableGeneratorProbe.java:31 FLINK004 info positionSource',
  'examples/probe/java-flink2/src/main/java/dev/flinkft/probe/UnreplayableGeneratorProbe.java:34 FLINK004 info statefulOperator',

  'examples/probe/java/src/main/java/dev/flinkft/probe/FaultToleranceProbe.java:31 FLINK004 info positionSource',
  'examples/probe/java/src/main/java/dev/flinkft/probe/FaultToleranceProbe.java:35 FLINK004 info statefulOperator',
  'examples/probe/java/src/main/java/dev/flinkft/probe/UnreplayableProbe.java:21 FLINK002 warning uncheckpointedCustomSource',
  'examples/probe/java/src/main/java/dev/flinkft/probe/UnreplayableProbe.java:24 FLINK004 info statefulOperator',
  // from_source with a generator from a helper: a FLIP-27 source keeps its splits in state
  'examples/probe/python/probe.py:119 FLINK004 info positionSource',
  'examples/probe/python/probe.py:123 FLINK004 info statefulOperator',
  'examples/probe/python/probe.py:125 FLINK003 warning weakerThanJob',
  'examples/python/checkpointed_counts.py:50 FLINK004 info positionSource',
  'examples/python/checkpointed_counts.py:53 FLINK004 info statefulOperator',
  'examples/python/kafka_pipeline.py:31 FLINK004 info positionSource',
  'examples/python/kafka_pipeline.py:35 FLINK003 error missingRequirement',
  'examples/python/kafka_pipeline.py:35 FLINK008 info timeoutUnset',
  'examples/python/socket_word_count.py:34 FLINK001 warning checkpointingDisabled',
  'examples/python/socket_word_count.py:41 FLINK004 info statefulOperator',
  'examples/scala/src/main/scala/dev/flinkft/examples/CheckpointedCounts.scala:43 FLINK004 info positionSource',
  'examples/scala/src/main/scala/dev/flinkft/examples/CheckpointedCounts.scala:45 FLINK004 info statefulOperator',
  'examples/scala/src/main/scala/dev/flinkft/examples/KafkaPipeline.scala:33 FLINK004 info positionSource',
  'examples/scala/src/main/scala/dev/flinkft/examples/KafkaPipeline.scala:37 FLINK003 error missingRequirement',
  'examples/scala/src/main/scala/dev/flinkft/examples/KafkaPipeline.scala:37 FLINK008 info timeoutUnset',
  'examples/scala/src/main/scala/dev/flinkft/examples/SocketWordCount.scala:18 FLINK001 warning checkpointingDisabled',
  'examples/scala/src/main/scala/dev/flinkft/examples/SocketWordCount.scala:27 FLINK004 info statefulOperator',
];

/** Each example job in its three languages: Java, PyFlink, Scala. */
const twins = [
  ['java/src/main/java/dev/flinkft/examples/SocketWordCount.java', 'python/socket_word_count.py', 'scala/src/main/scala/dev/flinkft/examples/SocketWordCount.scala'],
  ['java/src/main/java/dev/flinkft/examples/CheckpointedCounts.java', 'python/checkpointed_counts.py', 'scala/src/main/scala/dev/flinkft/examples/CheckpointedCounts.scala'],
  ['java/src/main/java/dev/flinkft/examples/KafkaPipeline.java', 'python/kafka_pipeline.py', 'scala/src/main/scala/dev/flinkft/examples/KafkaPipeline.scala'],
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

it('gives the PyFlink and Scala twins the findings and job summary of their Java twin', async () => {
  const analyzer = await testAnalyzer();
  // Line numbers differ between the languages; what is found, how bad, and the verdict must not.
  const withoutLines = (text: string) => text.replace(/ on line \d+/g, ' on line N');
  const shapes = twins.map((files) => files.map((file) => {
    const path = join(examples, file);
    const result = analyzer.analyzeText(analyzer.languageForPath(path)!, readFileSync(path, 'utf8'));
    return {
      findings: result.findings.map((f) => `${f.ruleId} ${f.severity} ${f.messageId} fix:${f.fix ? 'yes' : 'no'}`),
      jobs: result.jobs.map((j) => withoutLines(j.title)),
    };
  }));
  for (const [java, python, scala] of shapes) {
    expect(python).toEqual(java);
    expect(scala).toEqual(java);
  }
  expect(shapes.map(([java]) => java!.jobs)).toEqual([
    ['Flink: none — checkpointing off'],
    ['Flink: exactly-once'],
    ['Flink: none — KafkaSink cannot start on line N'],
  ]);
});

it('reports the socket of each SocketWordCount once the FLINK001 quick fix makes the job checkpoint', async () => {
  // While checkpointing is off nothing is recovered, and FLINK001 alone says so; after the fix the
  // unreplayable socket is what still loses records (FLINK002), as examples/README.md explains.
  const analyzer = await testAnalyzer();
  const socketWordCounts = twins[0]!;
  const after = socketWordCounts.map((file) => {
    const path = join(examples, file);
    const languageId = analyzer.languageForPath(path)!;
    const text = readFileSync(path, 'utf8');
    const fix = analyzer.analyzeText(languageId, text).findings.find((f) => f.ruleId === 'FLINK001')?.fix;
    expect(fix).toBeDefined();
    const fixed = analyzer.analyzeText(languageId, applyEdits(text, fix!.edits));
    return `${file}: ${fixed.findings.filter((f) => f.ruleId === 'FLINK002').map((f) => `${f.range.start.line + 1} ${f.messageId}`).join(', ')}`;
  });
  expect(after).toEqual([
    'java/src/main/java/dev/flinkft/examples/SocketWordCount.java: 24 atMostOnceSource',
    'python/socket_word_count.py: 37 atMostOnceSource',
    'scala/src/main/scala/dev/flinkft/examples/SocketWordCount.scala: 21 atMostOnceSource',
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
