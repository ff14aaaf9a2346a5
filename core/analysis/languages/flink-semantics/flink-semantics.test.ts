// One meaning of the Flink API for all three languages: the same calls written in Java, Scala and
// PyFlink (snake_case, keyword arguments, Scala's parameterless calls) give the same environment.
import { describe, expect, it } from 'vitest';
import type { EnvironmentModel, JobModel } from '../../model.js';
import type { LanguageId } from '../../types.js';
import { testAnalyzer } from '../../test-support.js';

const JAVA = (body: string) => `import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
public class Job {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    ${body}
    env.fromSequence(1, 10).print();
    env.execute();
  }
}
`;
const SCALA = (body: string) => `import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment
object Job {
  def main(args: Array[String]): Unit = {
    val env = StreamExecutionEnvironment.getExecutionEnvironment
    ${body}
    env.fromSequence(1, 10).print()
    env.execute()
  }
}
`;
const PYTHON = (body: string) => `from pyflink.datastream import StreamExecutionEnvironment
env = StreamExecutionEnvironment.get_execution_environment()
${body}
env.from_collection([1, 2]).print()
env.execute()
`;
const WRAP: Record<LanguageId, (body: string) => string> = { java: JAVA, scala: SCALA, python: PYTHON };

async function modelOf(languageId: LanguageId, body: string): Promise<JobModel> {
  const analyzer = await testAnalyzer();
  const result = analyzer.analyzeText(languageId, WRAP[languageId](body));
  expect(result.ruleErrors).toEqual([]);
  const model = analyzer.modelOf?.(result);
  if (!model) throw new Error('no model');
  return model;
}

/** The Flink facts of an environment, without positions (they differ by language). */
function facts(env: EnvironmentModel | undefined) {
  if (!env) return undefined;
  const c = env.checkpointing;
  return {
    runtimeMode: env.runtimeMode,
    enabled: c.enabled, via: c.enabledVia, intervalMs: c.intervalMs, disabled: c.disabledAt !== undefined,
    mode: c.mode, timeoutMs: c.timeoutMs, retention: c.retention,
    storage: c.storage && { location: c.storage.location, legacyBackend: c.storage.legacyBackend === true },
    restart: env.restart && { strategy: env.restart.strategy, attempts: env.restart.attempts },
  };
}

/** Each case: the calls per language, and what must hold in every one of them. */
const CASES: { fact: string; java: string; scala: string; python: string; expect: (f: NonNullable<ReturnType<typeof facts>>) => void }[] = [
  {
    fact: 'enableCheckpointing with an interval and a mode',
    java: 'env.enableCheckpointing(10 * 1000L, CheckpointingMode.AT_LEAST_ONCE);',
    scala: 'env.enableCheckpointing(10000, CheckpointingMode.AT_LEAST_ONCE)',
    python: 'env.enable_checkpointing(interval=10000, mode=CheckpointingMode.AT_LEAST_ONCE)',
    expect: (f) => expect([f.enabled, f.via, f.intervalMs, f.mode]).toEqual([true, 'enableCheckpointing', 10_000, 'at-least-once']),
  },
  {
    fact: 'enableCheckpointing() without an interval is Flink\'s default of 500 ms',
    java: 'env.enableCheckpointing();',
    scala: 'env.enableCheckpointing()',
    python: 'env.enable_checkpointing()',
    expect: (f) => expect([f.enabled, f.intervalMs]).toEqual([true, 500]),
  },
  {
    fact: 'CheckpointConfig: interval, timeout, retention, then disabled',
    java: `env.getCheckpointConfig().setCheckpointInterval(30000);
    env.getCheckpointConfig().setCheckpointTimeout(120000);
    env.getCheckpointConfig().setExternalizedCheckpointRetention(ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
    env.getCheckpointConfig().disableCheckpointing();`,
    scala: `env.getCheckpointConfig.setCheckpointInterval(30000)
    env.getCheckpointConfig.setCheckpointTimeout(120000)
    env.getCheckpointConfig.setExternalizedCheckpointRetention(ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION)
    env.getCheckpointConfig.disableCheckpointing()`,
    python: `env.get_checkpoint_config().set_checkpoint_interval(30000)
env.get_checkpoint_config().set_checkpoint_timeout(120000)
env.get_checkpoint_config().set_externalized_checkpoint_retention(ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION)
env.get_checkpoint_config().disable_checkpointing()`,
    expect: (f) => expect([f.intervalMs, f.timeoutMs, f.retention, f.disabled]).toEqual([30_000, 120_000, 'RETAIN_ON_CANCELLATION', true]),
  },
  {
    fact: 'a checkpoint storage path',
    java: 'env.getCheckpointConfig().setCheckpointStorage("s3://bucket/cp");',
    scala: 'env.getCheckpointConfig.setCheckpointStorage("s3://bucket/cp")',
    python: 'env.get_checkpoint_config().set_checkpoint_storage_dir("s3://bucket/cp")',
    expect: (f) => expect(f.storage).toEqual({ location: 's3://bucket/cp', legacyBackend: false }),
  },
  {
    fact: 'a checkpoint storage object and the consistency mode on the CheckpointConfig',
    java: `env.getCheckpointConfig().setCheckpointStorage(new FileSystemCheckpointStorage("file:///tmp/cp"));
    env.getCheckpointConfig().setCheckpointingConsistencyMode(CheckpointingMode.AT_LEAST_ONCE);`,
    scala: `env.getCheckpointConfig.setCheckpointStorage(new FileSystemCheckpointStorage("file:///tmp/cp"))
    env.getCheckpointConfig.setCheckpointingConsistencyMode(CheckpointingMode.AT_LEAST_ONCE)`,
    python: `env.get_checkpoint_config().set_checkpoint_storage(FileSystemCheckpointStorage(checkpoint_path="file:///tmp/cp"))
env.get_checkpoint_config().set_checkpointing_consistency_mode(CheckpointingMode.AT_LEAST_ONCE)`,
    expect: (f) => expect([f.storage, f.mode]).toEqual([{ location: 'file:///tmp/cp', legacyBackend: false }, 'at-least-once']),
  },
  {
    fact: 'a pre-1.13 state backend names the checkpoint directory',
    java: 'env.setStateBackend(new FsStateBackend("hdfs:///checkpoints"));',
    scala: 'env.setStateBackend(new FsStateBackend("hdfs:///checkpoints"))',
    python: 'env.set_state_backend(FsStateBackend(checkpoint_directory_uri="hdfs:///checkpoints"))',
    expect: (f) => expect(f.storage).toEqual({ location: 'hdfs:///checkpoints', legacyBackend: true }),
  },
  {
    fact: 'a fixed-delay restart strategy with its attempts',
    java: 'env.setRestartStrategy(RestartStrategies.fixedDelayRestart(3, 1000));',
    scala: 'env.setRestartStrategy(RestartStrategies.fixedDelayRestart(3, 1000))',
    python: 'env.set_restart_strategy(RestartStrategies.fixed_delay_restart(restart_attempts=3, delay_between_attempts=1000))',
    expect: (f) => expect(f.restart).toEqual({ strategy: 'fixed-delay', attempts: 3 }),
  },
  {
    fact: 'no restart (Scala without parentheses)',
    java: 'env.setRestartStrategy(RestartStrategies.noRestart());',
    scala: 'env.setRestartStrategy(RestartStrategies.noRestart)',
    python: 'env.set_restart_strategy(RestartStrategies.no_restart())',
    expect: (f) => expect(f.restart).toEqual({ strategy: 'none', attempts: undefined }),
  },
  {
    fact: 'the runtime mode',
    java: 'env.setRuntimeMode(RuntimeExecutionMode.BATCH);',
    scala: 'env.setRuntimeMode(RuntimeExecutionMode.BATCH)',
    python: 'env.set_runtime_mode(execution_mode=RuntimeExecutionMode.BATCH)',
    expect: (f) => expect(f.runtimeMode).toEqual('batch'),
  },
  {
    fact: 'a Configuration with option constants, durations and strings, given to configure()',
    java: `Configuration conf = new Configuration();
    conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, Duration.ofSeconds(20));
    conf.set(CheckpointingOptions.CHECKPOINTING_TIMEOUT, Duration.ofMinutes(2));
    conf.setString("execution.checkpointing.mode", "AT_LEAST_ONCE");
    env.configure(conf);`,
    scala: `val conf = new Configuration()
    conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, Duration.ofSeconds(20))
    conf.set(CheckpointingOptions.CHECKPOINTING_TIMEOUT, Duration.ofMinutes(2))
    conf.setString("execution.checkpointing.mode", "AT_LEAST_ONCE")
    env.configure(conf)`,
    python: `conf = Configuration()
conf.set_string("execution.checkpointing.interval", "20 s")
conf.set_string("execution.checkpointing.timeout", "2 min")
conf.set_string("execution.checkpointing.mode", "AT_LEAST_ONCE")
env.configure(configuration=conf)`,
    expect: (f) => expect([f.enabled, f.via, f.intervalMs, f.timeoutMs, f.mode]).toEqual([true, 'configuration', 20_000, 120_000, 'at-least-once']),
  },
];

describe('the Flink API means the same in Java, Scala and PyFlink', () => {
  for (const c of CASES) {
    it(c.fact, async () => {
      const byLanguage = await Promise.all((['java', 'scala', 'python'] as const).map(async (id) => facts((await modelOf(id, c[id])).environments[0])));
      for (const f of byLanguage) {
        expect(f).toBeDefined();
        c.expect(f!);
      }
      expect(byLanguage[1]).toEqual(byLanguage[0]);
      expect(byLanguage[2]).toEqual(byLanguage[0]);
    });
  }

  it('applies a Configuration given to the environment factory', async () => {
    const sources: Record<LanguageId, string> = {
      java: `public class Job {
  public static void main(String[] args) throws Exception {
    Configuration conf = new Configuration();
    conf.setString("execution.checkpointing.interval", "15 s");
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.fromSequence(1, 10).print();
    env.execute();
  }
}
`,
      scala: `object Job {
  def main(args: Array[String]): Unit = {
    val conf = new Configuration()
    conf.setString("execution.checkpointing.interval", "15 s")
    val env = StreamExecutionEnvironment.getExecutionEnvironment(conf)
    env.fromSequence(1, 10).print()
    env.execute()
  }
}
`,
      python: `conf = Configuration()
conf.set_string("execution.checkpointing.interval", "15 s")
env = StreamExecutionEnvironment.get_execution_environment(configuration=conf)
env.from_collection([1, 2]).print()
env.execute()
`,
    };
    const analyzer = await testAnalyzer();
    for (const id of ['java', 'scala', 'python'] as const) {
      const model = analyzer.modelOf?.(analyzer.analyzeText(id, sources[id]));
      expect(model?.environments.map((e) => [e.checkpointing.enabledVia, e.checkpointing.intervalMs])).toEqual([['configuration', 15_000]]);
    }
  });

  it('names a source given to fromSource in every language, by position or keyword', async () => {
    const java = await modelOf('java', 'env.fromSource(KafkaSource.<String>builder().build(), WatermarkStrategy.noWatermarks(), "orders").print();');
    const scala = await modelOf('scala', 'env.fromSource(KafkaSource.builder[String]().build(), WatermarkStrategy.noWatermarks(), "orders").print()');
    const python = await modelOf('python', 'env.from_source(KafkaSource.builder().build(), WatermarkStrategy.no_watermarks(), source_name="orders").print()');
    for (const model of [java, scala, python]) expect(model.sources.map((s) => [s.label, s.connectorId])).toContainEqual(['orders', 'kafka-source']);
  });
});
