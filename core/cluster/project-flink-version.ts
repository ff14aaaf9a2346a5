// The Flink version a project builds against, for picking the matching official image
// (resolveClusterImage). Reads the usual places: a `flink.version` property in pom.xml,
// `flinkVersion`/`flink_version` in Gradle files.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const BUILD_FILES = ['pom.xml', 'build.gradle', 'build.gradle.kts', 'gradle.properties'];
const VERSION = String.raw`(\d+\.\d+(?:\.\d+)?)`;
const PATTERNS = [
  new RegExp(String.raw`<flink\.version>\s*${VERSION}\s*</flink\.version>`),
  new RegExp(String.raw`\bflink[._]?[vV]ersion\s*[:=]\s*["']?${VERSION}`),
  // A dependency on a Flink artifact with a literal version.
  new RegExp(String.raw`org\.apache\.flink:flink-[\w-]+:${VERSION}`),
  new RegExp(String.raw`<groupId>org\.apache\.flink</groupId>\s*<artifactId>flink-[\w-]+</artifactId>\s*<version>${VERSION}</version>`),
];

/** The first Flink version found in one build file's text. */
export function flinkVersionIn(text: string): string | undefined {
  for (const pattern of PATTERNS) {
    const match = pattern.exec(text);
    if (match?.[1]) return match[1];
  }
  return undefined;
}

export async function detectProjectFlinkVersion(workspace: string): Promise<string | undefined> {
  for (const file of BUILD_FILES) {
    const text = await readFile(join(workspace, file), 'utf8').catch(() => undefined);
    const version = text === undefined ? undefined : flinkVersionIn(text);
    if (version) return version;
  }
  return undefined;
}
