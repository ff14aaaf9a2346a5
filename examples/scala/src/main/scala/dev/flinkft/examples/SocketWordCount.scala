package dev.flinkft.examples

import org.apache.flink.streaming.api.scala._

/**
 * The classic local-cluster demo on the legacy Scala API: the Scala twin of SocketWordCount.java.
 * Counts words typed into `nc -lk 9999`. It is not fault-tolerant, on purpose: checkpointing is
 * never enabled and a socket cannot replay.
 *
 * {{{flink run -c dev.flinkft.examples.SocketWordCount flink-ft-examples-scala.jar --host localhost --port 9999}}}
 */
object SocketWordCount {

  def main(args: Array[String]): Unit = {
    val host = if (args.length > 1) args(1) else "localhost"
    val port = if (args.length > 3) args(3).toInt else 9999

    val env = StreamExecutionEnvironment.getExecutionEnvironment

    val text = env.socketTextStream(host, port)

    val counts = text
      .flatMap(_.toLowerCase.split("\\W+"))
      .filter(_.nonEmpty)
      .map((_, 1))
      .keyBy(_._1)
      .sum(1)

    counts.print()

    env.execute("Socket WordCount")
  }
}
