import { access, constants } from 'node:fs/promises';
import { join } from 'node:path';
import { ProjectNotFoundError } from '../errors/project-not-found-error.js';

export type BuildTool = 'maven' | 'gradle';

/** A buildable JVM project and the command that packages it. */
export interface JvmProject {
  tool: BuildTool;
  dir: string;
  /** `./mvnw` / `./gradlew` when the project ships a wrapper, else `mvn` / `gradle` from PATH. */
  command: string;
  args: string[];
  /** Where the build tool leaves its jars. */
  outputDir: string;
}

const MAVEN_ARGS = ['-q', '-B', 'package', '-DskipTests'];
// `build` runs the shadowJar task too when the Shadow plugin is applied (it hooks into assemble).
const GRADLE_ARGS = ['-q', '--console=plain', 'build', '-x', 'test'];

/** Maven wins when both build files exist (a pom next to a Gradle migration is usually the live one). */
export async function detectProject(dir: string): Promise<JvmProject> {
  if (await exists(join(dir, 'pom.xml'))) {
    const wrapper = await executable(join(dir, 'mvnw'));
    return { tool: 'maven', dir, command: wrapper ? './mvnw' : 'mvn', args: [...MAVEN_ARGS], outputDir: join(dir, 'target') };
  }
  for (const file of ['build.gradle.kts', 'build.gradle']) {
    if (await exists(join(dir, file))) {
      const wrapper = await executable(join(dir, 'gradlew'));
      return { tool: 'gradle', dir, command: wrapper ? './gradlew' : 'gradle', args: [...GRADLE_ARGS], outputDir: join(dir, 'build', 'libs') };
    }
  }
  throw new ProjectNotFoundError(dir);
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

async function executable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
