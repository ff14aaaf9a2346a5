// Preloaded into the CLI by the benchmark (`node -r`): on exit, writes the process's CPU time to
// the file named by FLINK_FT_BENCH_CPU_FILE. CPU time, unlike wall time, barely changes when other
// processes share the machine, so it shows what a run costs on an idle one.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  const file = process.env.FLINK_FT_BENCH_CPU_FILE;
  if (file) writeFileSync(file, JSON.stringify(process.cpuUsage()));
});
