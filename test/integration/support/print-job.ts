/**
 * A tiny PyFlink job (no Java jar needed): a datagen source into the print connector, which
 * writes `probe:<subtask>> +I[<n>, <time>]` lines to the TaskManager's stdout, two per second.
 */
export const PRINT_JOB_PY = `
from pyflink.table import EnvironmentSettings, TableEnvironment

t_env = TableEnvironment.create(EnvironmentSettings.in_streaming_mode())
t_env.execute_sql("""
    CREATE TABLE src (n BIGINT) WITH (
        'connector' = 'datagen', 'rows-per-second' = '2',
        'fields.n.kind' = 'sequence', 'fields.n.start' = '1', 'fields.n.end' = '1000000')
""")
t_env.execute_sql("""
    CREATE TABLE printed (n BIGINT, ts TIMESTAMP_LTZ(3)) WITH ('connector' = 'print', 'print-identifier' = 'probe')
""")
t_env.execute_sql("INSERT INTO printed SELECT n, CURRENT_ROW_TIMESTAMP() FROM src")
`;
