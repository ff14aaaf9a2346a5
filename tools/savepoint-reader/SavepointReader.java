import java.io.DataInputStream;
import java.io.File;
import java.io.FileInputStream;
import java.util.Locale;
import org.apache.flink.runtime.checkpoint.Checkpoints;
import org.apache.flink.runtime.checkpoint.OperatorState;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.runtime.checkpoint.metadata.CheckpointMetadata;

/**
 * Prints what a checkpoint or savepoint's _metadata holds, read with Flink's own deserializer
 * (Checkpoints.loadCheckpointMetadata), as one JSON object on stdout. Run it with flink-dist on the
 * class path, e.g. inside the cluster image. Flink 1.20's metadata keeps operator ids only: no uid,
 * no operator name, no Flink version, and no keyed state names (those live in the state files).
 */
public final class SavepointReader {
  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: SavepointReader <savepoint dir | chk-N dir | _metadata file>");
      System.exit(2);
    }
    File path = new File(args[0]);
    File metadata = path.isDirectory() ? new File(path, "_metadata") : path;
    if (!metadata.isFile()) {
      System.err.println("no _metadata file at " + metadata);
      System.exit(2);
    }
    CheckpointMetadata loaded;
    try (DataInputStream in = new DataInputStream(new FileInputStream(metadata))) {
      loaded = Checkpoints.loadCheckpointMetadata(in, SavepointReader.class.getClassLoader(), metadata.getParent());
    }
    StringBuilder out = new StringBuilder();
    long total = 0;
    out.append("{\"checkpointId\":").append(loaded.getCheckpointId()).append(",\"operators\":[");
    boolean first = true;
    for (OperatorState op : loaded.getOperatorStates()) {
      boolean keyed = false, operator = false, rawKeyed = false, rawOperator = false;
      for (OperatorSubtaskState s : op.getStates()) {
        keyed |= s.getManagedKeyedState().hasState();
        operator |= s.getManagedOperatorState().hasState();
        rawKeyed |= s.getRawKeyedState().hasState();
        rawOperator |= s.getRawOperatorState().hasState();
      }
      total += op.getStateSize();
      if (!first) out.append(',');
      first = false;
      out.append(String.format(Locale.ROOT,
          "{\"operatorId\":\"%s\",\"parallelism\":%d,\"maxParallelism\":%d,\"stateSize\":%d,\"checkpointedSize\":%d,"
              + "\"managedKeyedState\":%b,\"managedOperatorState\":%b,\"rawKeyedState\":%b,\"rawOperatorState\":%b,"
              + "\"coordinatorState\":%b,\"fullyFinished\":%b}",
          op.getOperatorID().toHexString(), op.getParallelism(), op.getMaxParallelism(), op.getStateSize(),
          op.getCheckpointedSize(), keyed, operator, rawKeyed, rawOperator, op.getCoordinatorState() != null,
          op.isFullyFinished()));
    }
    out.append("],\"masterStates\":").append(loaded.getMasterStates().size());
    out.append(",\"totalStateSize\":").append(total).append('}');
    System.out.println("FLINKFT-JSON " + out);
  }
}
