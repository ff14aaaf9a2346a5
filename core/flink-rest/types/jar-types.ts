// Jar upload/run shapes (flink-reference §3).

/** POST /jars/upload answer, plus the jar id derived from it (the basename of `filename`). */
export interface UploadedJar {
  id: string;
  filename: string;
}

/** One entry of GET /jars */
export interface JarInfo {
  id: string;
  name: string;
  uploaded: number;
  entry: { name: string; description: string | null }[];
}

/** Body of POST /jars/:jarid/run (JSON body preferred over query parameters). */
export interface JarRunRequest {
  entryClass?: string;
  programArgsList?: string[];
  parallelism?: number;
  jobId?: string;
  savepointPath?: string;
  allowNonRestoredState?: boolean;
  /** 1.20+: CLAIM | NO_CLAIM; older clusters read `restoreMode`. */
  claimMode?: 'CLAIM' | 'NO_CLAIM';
  restoreMode?: 'CLAIM' | 'NO_CLAIM' | 'LEGACY';
  flinkConfiguration?: Record<string, string>;
}
