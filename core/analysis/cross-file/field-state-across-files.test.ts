// FLINK011 for a user function declared in its own file and created by a checkpointed job in another.
import { describe, expect, it } from 'vitest';
import { testAnalyzer } from '../test-support.js';
import { analyzeWorkspace, type WorkspaceFile } from './analyze-workspace.js';

const counter = `public class CountWords extends RichMapFunction<String, String> {
  private final Map<String, Long> counts = new HashMap<>();
  public String map(String word) {
    long n = counts.merge(word, 1L, Long::sum);
    return word + "=" + n;
  }
}`;

const job = (checkpointing: string) => `public class WordJob {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
${checkpointing}    env.fromElements("a", "b").keyBy(w -> w).map(new CountWords()).print();
    env.execute();
  }
}`;

const scalaCounter = `class Tally extends RichFlatMapFunction[String, Int] {
  private var seen = 0
  override def flatMap(word: String, out: Collector[Int]): Unit = {
    seen += 1
    out.collect(seen)
  }
}`;

const scalaJob = `object TallyJob {
  def main(args: Array[String]): Unit = {
    val env = StreamExecutionEnvironment.getExecutionEnvironment
    env.enableCheckpointing(10000)
    env.fromElements("a").flatMap(new Tally).print()
    env.execute()
  }
}`;

const pythonCounter = `from pyflink.datastream.functions import MapFunction


class Summer(MapFunction):
    def __init__(self):
        self.total = 0

    def map(self, value):
        self.total += value
        return self.total
`;

const pythonJob = `from pyflink.datastream import StreamExecutionEnvironment
from summer import Summer

env = StreamExecutionEnvironment.get_execution_environment()
env.enable_checkpointing(10000)
env.from_collection([1, 2]).map(Summer()).print()
env.execute()
`;

async function fieldFindings(files: WorkspaceFile[]): Promise<string[]> {
  const { results } = analyzeWorkspace(await testAnalyzer(), files);
  return [...results.entries()].flatMap(([uri, result]) => result.findings
    .filter((f) => f.ruleId === 'FLINK011')
    .map((f) => `${uri.slice(uri.lastIndexOf('/') + 1)}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.messageId} (job: ${/job in (\S+:\d+) uses/.exec(f.message)?.[1] ?? 'not named'})`));
}

describe('FLINK011 across files', () => {
  it('reports the field of a function another file\'s checkpointed job creates, whichever file comes first', async () => {
    const expected = ['CountWords.java:2:35 fieldStateOfOtherJob (job: WordJob.java:5)'];
    expect(await fieldFindings([
      { uri: 'file:///w/src/CountWords.java', text: counter },
      { uri: 'file:///w/src/WordJob.java', text: job('    env.enableCheckpointing(10_000);\n') },
    ])).toEqual(expected);
    expect(await fieldFindings([
      { uri: 'file:///w/src/WordJob.java', text: job('    env.enableCheckpointing(10_000);\n') },
      { uri: 'file:///w/src/CountWords.java', text: counter },
    ])).toEqual(expected);
  });

  it('stays silent when the job that creates it does not checkpoint, or runs in batch mode', async () => {
    expect(await fieldFindings([
      { uri: 'file:///w/src/CountWords.java', text: counter },
      { uri: 'file:///w/src/WordJob.java', text: job('') },
    ])).toEqual([]);
    expect(await fieldFindings([
      { uri: 'file:///w/src/CountWords.java', text: counter },
      { uri: 'file:///w/src/WordJob.java', text: job('    env.enableCheckpointing(10_000);\n    env.setRuntimeMode(RuntimeExecutionMode.BATCH);\n') },
    ])).toEqual([]);
  });

  it('does not count a class only named in a comment or a string of the job', async () => {
    const mentionsOnly = job('    env.enableCheckpointing(10_000);\n').replace('.map(new CountWords())', '.map(w -> w) /* new CountWords() */');
    expect(await fieldFindings([
      { uri: 'file:///w/src/CountWords.java', text: counter },
      { uri: 'file:///w/src/WordJob.java', text: mentionsOnly },
    ])).toEqual([]);
  });

  it('works for Scala and PyFlink functions in their own files', async () => {
    expect(await fieldFindings([
      { uri: 'file:///w/src/Tally.scala', text: scalaCounter },
      { uri: 'file:///w/src/TallyJob.scala', text: scalaJob },
      { uri: 'file:///w/py/summer.py', text: pythonCounter },
      { uri: 'file:///w/py/job.py', text: pythonJob },
    ])).toEqual([
      'Tally.scala:2:15 fieldStateOfOtherJob (job: TallyJob.scala:5)',
      'summer.py:6:14 fieldStateOfOtherJob (job: job.py:6)',
    ]);
  });
});
