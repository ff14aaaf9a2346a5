// The Scala twins of the Java examples (same jobs, same findings). Flink 1.20: the legacy Scala
// DataStream API (flink-streaming-scala, removed in 2.0) and the Java API called from Scala.
ThisBuild / scalaVersion := "2.12.20"

val flinkVersion = "1.20.1"

lazy val root = (project in file("."))
  .settings(
    name := "flink-ft-examples-scala",
    version := "1.0.0",
    libraryDependencies ++= Seq(
      "org.apache.flink" %% "flink-streaming-scala" % flinkVersion % Provided,
      "org.apache.flink" % "flink-streaming-java" % flinkVersion % Provided,
      "org.apache.flink" % "flink-clients" % flinkVersion % Provided,
      "org.apache.flink" % "flink-connector-files" % flinkVersion % Provided,
      "org.apache.flink" % "flink-connector-datagen" % flinkVersion % Provided,
      "org.apache.flink" % "flink-connector-kafka" % "3.3.0-1.20",
    ),
  )
