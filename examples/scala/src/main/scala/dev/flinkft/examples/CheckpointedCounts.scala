package dev.flinkft.examples

import org.apache.flink.api.common.eventtime.WatermarkStrategy
import org.apache.flink.api.common.serialization.SimpleStringEncoder
import org.apache.flink.api.common.state.{ValueState, ValueStateDescriptor}
import org.apache.flink.api.common.typeinfo.Types
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy
import org.apache.flink.api.java.functions.KeySelector
import org.apache.flink.configuration.Configuration
import org.apache.flink.connector.datagen.source.{DataGeneratorSource, GeneratorFunction}
import org.apache.flink.connector.file.sink.FileSink
import org.apache.flink.core.fs.Path
import org.apache.flink.streaming.api.CheckpointingMode
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment
import org.apache.flink.streaming.api.functions.KeyedProcessFunction
import org.apache.flink.util.Collector

/**
 * A keyed job that is exactly-once end to end, on the Java API called from Scala (the way Scala
 * jobs are written for Flink 2.x): the Scala twin of CheckpointedCounts.java.
 *
 * {{{flink run -c dev.flinkft.examples.CheckpointedCounts flink-ft-examples-scala.jar /tmp/counts}}}
 */
object CheckpointedCounts {

  def main(args: Array[String]): Unit = {
    val output = if (args.nonEmpty) args(0) else "/tmp/flink-ft-counts"

    val env = StreamExecutionEnvironment.getExecutionEnvironment
    env.enableCheckpointing(10000, CheckpointingMode.EXACTLY_ONCE)
    val checkpoints = env.getCheckpointConfig
    checkpoints.setMinPauseBetweenCheckpoints(2000)
    checkpoints.setCheckpointTimeout(60000)

    // Index-based: the next index is part of every checkpoint, so the source replays exactly.
    val sensorOf: GeneratorFunction[java.lang.Long, String] = index => s"sensor-${index % 8}"
    val readings = new DataGeneratorSource[String](sensorOf, Long.MaxValue, RateLimiterStrategy.perSecond(50), Types.STRING)

    val sink = FileSink
      .forRowFormat(new Path(output), new SimpleStringEncoder[String]("UTF-8"))
      .build()

    env.fromSource(readings, WatermarkStrategy.noWatermarks[String](), "sensor-readings")
      .keyBy(new KeySelector[String, String] { override def getKey(sensor: String): String = sensor })
      .process(new RunningCount)
      .name("running-count")
      .sinkTo(sink)
      .name("counts-to-files")

    env.execute("Checkpointed counts")
  }
}

/** Counts readings per sensor; the count lives in keyed state and survives recovery. */
class RunningCount extends KeyedProcessFunction[String, String, String] {
  @transient private var count: ValueState[java.lang.Long] = _

  override def open(parameters: Configuration): Unit = {
    count = getRuntimeContext.getState(new ValueStateDescriptor[java.lang.Long]("count", Types.LONG))
  }

  override def processElement(sensor: String, ctx: KeyedProcessFunction[String, String, String]#Context, out: Collector[String]): Unit = {
    val next = Option(count.value()).map(_.longValue).getOrElse(0L) + 1
    count.update(next)
    out.collect(s"$sensor,$next")
  }
}
