// A Flink version as the analysis needs it: major and minor decide which API exists.
export interface FlinkVersion {
  major: number;
  minor: number;
  patch?: number;
  /** Where it was found, e.g. `pom.xml:15` or `setting`. */
  origin?: string;
}

/** `1.20`, `1.20.5`, `2.0.0`, `2.1-SNAPSHOT`, `v1.19`; undefined for anything else. */
export function parseFlinkVersion(text: string | undefined): FlinkVersion | undefined {
  if (!text) return undefined;
  const match = /^\s*v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(text);
  if (!match) return undefined;
  const version: FlinkVersion = { major: Number(match[1]), minor: Number(match[2]) };
  if (match[3] !== undefined) version.patch = Number(match[3]);
  return version;
}

export function atLeast(version: FlinkVersion | undefined, major: number, minor: number): boolean {
  if (!version) return false;
  return version.major > major || (version.major === major && version.minor >= minor);
}

export function formatVersion(version: FlinkVersion): string {
  return version.patch === undefined ? `${version.major}.${version.minor}` : `${version.major}.${version.minor}.${version.patch}`;
}
