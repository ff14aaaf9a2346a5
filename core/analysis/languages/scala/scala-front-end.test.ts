// The Scala front end through the public API: summaries, hovers, fields of objects, scripts.
import { describe, expect, it } from 'vitest';
import { testAnalyzer } from '../../test-support.js';

const line = (n: number) => n - 1;

describe('Scala front end', () => {
  it('follows an environment held in an object field into its methods (parameterless calls included)', async () => {
    const analyzer = await testAnalyzer();
    const result = analyzer.analyzeText('scala', `object Job extends App {
  val env = StreamExecutionEnvironment.getExecutionEnvironment
  env.getCheckpointConfig.setCheckpointingMode(CheckpointingMode.AT_LEAST_ONCE)
  run()

  def run(): Unit = {
    env.enableCheckpointing(2000)
    env.fromElements(1, 2).map(_ + 1).print
    env.execute
  }
}`);
    expect(result.ruleErrors).toEqual([]);
    expect(result.findings.map((f) => f.ruleId)).not.toContain('FLINK001');
    expect(result.jobs.map((j) => [j.executeRange.start.line, j.title])).toEqual([
      [line(9), 'Flink: at-least-once — checkpointing mode AT_LEAST_ONCE on line 3'],
    ]);
    expect(result.hovers.map((h) => [h.range.start.line, h.markdown.split('\n')[0]])).toEqual([
      [line(8), '**Source: fromElements** — replayable, exactly-once'],
      [line(8), '**Sink: print()** — at-least-once (default)'],
      [line(3), '**Checkpointing** — this call sets the checkpointing mode to AT_LEAST_ONCE.'],
      [line(7), '**Checkpointing** — this call enables checkpointing every 2 s.'],
    ]);
  });

  it('treats a custom source class as checkpointed only with CheckpointedFunction mixed in', async () => {
    const analyzer = await testAnalyzer();
    const code = (mixin: string) => `class Numbers extends RichParallelSourceFunction[Long]${mixin} {
  override def run(ctx: SourceFunction.SourceContext[Long]): Unit = ()
  override def cancel(): Unit = ()
}
object Job {
  def main(args: Array[String]): Unit = {
    val env = StreamExecutionEnvironment.getExecutionEnvironment
    env.enableCheckpointing(1000)
    env.addSource(new Numbers).print()
    env.execute()
  }
}`;
    expect(analyzer.analyzeText('scala', code('')).jobs.map((j) => j.title)).toEqual(['Flink: at-most-once — Numbers on line 9']);
    expect(analyzer.analyzeText('scala', code(' with CheckpointedFunction')).jobs.map((j) => j.title)).toEqual(['Flink: at-least-once — print() on line 9']);
  });

  it('analyses the top-level statements of a script (.sc)', async () => {
    const analyzer = await testAnalyzer();
    const result = analyzer.analyzeText('scala', `val conf = new Configuration()
conf.setString("execution.checkpointing.interval", "10 s")
val env = StreamExecutionEnvironment.getExecutionEnvironment(conf)
env.fromSequence(1, 10).print()
env.execute()
`);
    expect(result.ruleErrors).toEqual([]);
    expect(result.findings.map((f) => f.ruleId)).not.toContain('FLINK001');
  });
});
