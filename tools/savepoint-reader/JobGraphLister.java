import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.flink.api.dag.Pipeline;
import org.apache.flink.client.program.PackagedProgram;
import org.apache.flink.client.program.PackagedProgramUtils;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.OperatorIDPair;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.apache.flink.runtime.jobgraph.JobVertex;
import org.apache.flink.runtime.jobgraph.OperatorID;
import org.apache.flink.streaming.api.graph.StreamGraph;
import org.apache.flink.streaming.api.graph.StreamGraphHasherV2;
import org.apache.flink.streaming.api.graph.StreamNode;

/**
 * Lists the operators of a job jar as Flink would deploy them: runs the jar's main class up to
 * execute() (Flink's own PackagedProgram, output suppressed), then prints one JSON line (prefixed
 * "FLINKFT-JSON ") with, per operator, the id Flink restores state by (StreamGraphHasherV2: the
 * murmur3 hash of the uid, or of the graph position when there is none), the user-set hash, name,
 * uid, whether it is keyed, and its job vertex's parallelism and max parallelism (-1: not set, so
 * Flink adopts the savepoint's). Usage: JobGraphLister JAR [--class C] [--parallelism N] [-- ARGS...]
 */
public final class JobGraphLister {
  public static void main(String[] argv) throws Exception {
    String jar = null, entry = null;
    int parallelism = 1;
    List<String> jobArgs = new ArrayList<>();
    for (int i = 0; i < argv.length; i++) {
      if (argv[i].equals("--class")) entry = argv[++i];
      else if (argv[i].equals("--parallelism")) parallelism = Integer.parseInt(argv[++i]);
      else if (argv[i].equals("--")) { jobArgs.addAll(Arrays.asList(argv).subList(i + 1, argv.length)); break; }
      else jar = argv[i];
    }
    if (jar == null) {
      System.err.println("usage: JobGraphLister JAR [--class C] [--parallelism N] [-- ARGS...]");
      System.exit(2);
    }
    PackagedProgram.Builder builder = PackagedProgram.newBuilder().setJarFile(new File(jar)).setArguments(jobArgs.toArray(new String[0]));
    if (entry != null) builder.setEntryPointClassName(entry);
    PackagedProgram program = builder.build();
    Configuration config = new Configuration();
    Pipeline pipeline = PackagedProgramUtils.getPipelineFromProgram(program, config, parallelism, true);
    if (!(pipeline instanceof StreamGraph)) {
      System.err.println("the program did not build a DataStream job (got " + pipeline.getClass().getName() + ")");
      System.exit(3);
    }
    StreamGraph graph = (StreamGraph) pipeline;
    Map<Integer, byte[]> hashes = new StreamGraphHasherV2().traverseStreamGraphAndGenerateHashes(graph);
    Map<String, StreamNode> nodeById = new HashMap<>();
    for (StreamNode node : graph.getStreamNodes()) {
      byte[] hash = hashes.get(node.getId());
      if (hash != null) nodeById.put(new OperatorID(hash).toHexString(), node);
    }
    JobGraph jobGraph = graph.getJobGraph(program.getUserCodeClassLoader(), null);
    StringBuilder out = new StringBuilder("{\"jobName\":").append(json(jobGraph.getName())).append(",\"operators\":[");
    boolean first = true;
    for (JobVertex vertex : jobGraph.getVertices()) {
      for (OperatorIDPair pair : vertex.getOperatorIDs()) {
        String id = pair.getGeneratedOperatorID().toHexString();
        StreamNode node = nodeById.get(id);
        if (!first) out.append(',');
        first = false;
        out.append(String.format(Locale.ROOT,
            "{\"operatorId\":\"%s\",\"userDefinedOperatorId\":%s,\"name\":%s,\"uid\":%s,\"keyed\":%b,"
                + "\"vertex\":%s,\"parallelism\":%d,\"maxParallelism\":%d}",
            id, pair.getUserDefinedOperatorID().map(o -> json(o.toHexString())).orElse("null"),
            json(node == null ? null : node.getOperatorName()), json(node == null ? null : node.getTransformationUID()),
            node != null && node.getStateKeySerializer() != null, json(vertex.getName()), vertex.getParallelism(),
            vertex.getMaxParallelism()));
      }
    }
    System.out.println("FLINKFT-JSON " + out.append("]}"));
  }

  private static String json(String s) {
    if (s == null) return "null";
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') b.append('\\').append(c);
      else if (c < 0x20) b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      else b.append(c);
    }
    return b.append('"').toString();
  }
}
