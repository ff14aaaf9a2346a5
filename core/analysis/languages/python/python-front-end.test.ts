// The PyFlink front end through the public API: job summaries (CodeLens) at every kind of execute
// site, hovers, and the model details the rules rely on.
import { describe, expect, it } from 'vitest';
import { testAnalyzer } from '../../test-support.js';

const line = (n: number) => n - 1;

describe('PyFlink front end', () => {
  it('summarises each job at env.execute() and at an INSERT run through execute_sql', async () => {
    const analyzer = await testAnalyzer();
    const result = analyzer.analyzeText('python', `from pyflink.datastream import StreamExecutionEnvironment
from pyflink.table import StreamTableEnvironment

env = StreamExecutionEnvironment.get_execution_environment()
env.enable_checkpointing(10_000)
t_env = StreamTableEnvironment.create(stream_execution_environment=env)
t_env.execute_sql("CREATE TABLE t (x INT) WITH ('connector' = 'datagen')")
t_env.execute_sql("INSERT INTO sink SELECT * FROM t")
env.from_collection([1, 2]).print()
env.execute("job")
`);
    expect(result.ruleErrors).toEqual([]);
    expect(result.jobs.map((j) => [j.executeRange.start.line, j.title])).toEqual([
      [line(8), 'Flink: at-least-once — print() on line 9'],
      [line(10), 'Flink: at-least-once — print() on line 9'],
    ]);
  });

  it('explains sources, sinks and checkpoint calls on hover', async () => {
    const analyzer = await testAnalyzer();
    const result = analyzer.analyzeText('python', `env = StreamExecutionEnvironment.get_execution_environment()
env.get_checkpoint_config().set_checkpoint_interval(5000)
env.get_checkpoint_config().set_checkpointing_mode(CheckpointingMode.AT_LEAST_ONCE)
env.from_source(KafkaSource.builder().build(), WatermarkStrategy.no_watermarks(), "in").print()
env.execute()
`);
    expect(result.hovers.map((h) => [h.range.start.line, h.markdown.split('\n')[0]])).toEqual([
      [line(4), '**Source: KafkaSource** — replayable, exactly-once'],
      [line(4), '**Sink: print()** — at-least-once (default)'],
      [line(2), '**Checkpointing** — this call enables checkpointing every 5 s.'],
      [line(3), '**Checkpointing** — this call sets the checkpointing mode to AT_LEAST_ONCE.'],
    ]);
    expect(result.jobs.map((j) => j.title)).toEqual(['Flink: at-least-once — checkpointing mode AT_LEAST_ONCE on line 3']);
  });

  it('follows an environment through a function that creates and returns it, and a class attribute', async () => {
    const analyzer = await testAnalyzer();
    const result = analyzer.analyzeText('python', `from pyflink.datastream import StreamExecutionEnvironment


def create_env():
    env = StreamExecutionEnvironment.get_execution_environment()
    return env


class Job:
    def __init__(self):
        self.env = create_env()

    def run(self):
        self.env.enable_checkpointing(1000)
        self.env.from_collection([1]).print()
        self.env.execute()


Job().run()
`);
    expect(result.ruleErrors).toEqual([]);
    expect(result.findings.map((f) => f.ruleId).filter((id) => id === 'FLINK001')).toEqual([]);
    expect(result.jobs.map((j) => j.executeRange.start.line)).toEqual([line(16)]);
  });

  it('reads the interval from a keyword argument, a Duration and a SQL SET, and the mode from mode=', async () => {
    const analyzer = await testAnalyzer();
    const interval = (code: string) => {
      const result = analyzer.analyzeText('python', code);
      return result.hovers.filter((h) => h.markdown.startsWith('**Checkpointing**')).map((h) => h.markdown.split('\n')[0]);
    };
    expect(interval('env = StreamExecutionEnvironment.get_execution_environment()\nenv.enable_checkpointing(interval=2 * 60 * 1000, mode=CheckpointingMode.AT_LEAST_ONCE)\n')).toEqual([
      '**Checkpointing** — this call enables checkpointing every 2 min.',
      '**Checkpointing** — this call sets the checkpointing mode to AT_LEAST_ONCE.',
    ]);
    expect(interval(`t_env = TableEnvironment.create(EnvironmentSettings.in_streaming_mode())
t_env.execute_sql("SET 'execution.checkpointing.interval' = '30 s'")
`)).toEqual(['**Checkpointing** — this call enables checkpointing every 30 s.']);
  });
});
