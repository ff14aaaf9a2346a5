import { describe, expect, it } from 'vitest';
import { detectFlinkVersion } from './detect-flink-version.js';
import { atLeast, parseFlinkVersion } from './flink-version.js';
import { versionApi } from './version-api.js';

describe('detectFlinkVersion', () => {
  it('resolves a Maven dependency version through a property', () => {
    const pom = `<?xml version="1.0"?>
<project>
  <!-- <properties><flink.version>1.14.0</flink.version></properties> -->
  <properties>
    <java.version>17</java.version>
    <flink.version>1.20.5</flink.version>
  </properties>
  <dependencies>
    <dependency>
      <groupId>org.apache.flink</groupId>
      <artifactId>flink-connector-kafka</artifactId>
      <version>3.4.0-1.20</version>
    </dependency>
    <dependency>
      <groupId>org.apache.flink</groupId>
      <artifactId>flink-streaming-java</artifactId>
      <version>\${flink.version}</version>
    </dependency>
  </dependencies>
</project>`;
    expect(detectFlinkVersion('pom.xml', pom)).toEqual({ major: 1, minor: 20, patch: 5, origin: 'pom.xml:6' });
  });

  it('reads a literal Maven version and a bare flink.version property', () => {
    const literal = '<project><dependencies><dependency><groupId>org.apache.flink</groupId><artifactId>flink-clients</artifactId><version>2.0.0</version></dependency></dependencies></project>';
    expect(detectFlinkVersion('pom.xml', literal)).toEqual({ major: 2, minor: 0, patch: 0, origin: 'pom.xml:1' });
    expect(detectFlinkVersion('pom.xml', '<project>\n<properties>\n<flink.version>2.1.0</flink.version></properties></project>')?.minor).toBe(1);
    expect(detectFlinkVersion('pom.xml', '<project><artifactId>x</artifactId></project>')).toBeUndefined();
  });

  it('reads Gradle coordinates, with variables in Groovy and Kotlin DSL, and skips comments', () => {
    const groovy = `ext {\n  flinkVersion = '1.19.1'\n}\ndependencies {\n  // implementation "org.apache.flink:flink-streaming-java:1.14.0"\n  implementation "org.apache.flink:flink-streaming-java:\${flinkVersion}"\n}`;
    expect(detectFlinkVersion('build.gradle', groovy)).toEqual({ major: 1, minor: 19, patch: 1, origin: 'build.gradle:2' });
    const kotlin = `val flinkVersion = "2.0.1"\ndependencies {\n  implementation("org.apache.flink:flink-clients:$flinkVersion")\n}`;
    expect(detectFlinkVersion('build.gradle.kts', kotlin)).toEqual({ major: 2, minor: 0, patch: 1, origin: 'build.gradle.kts:1' });
    const literal = `dependencies {\n  compileOnly 'org.apache.flink:flink-streaming-java:1.18.1'\n}`;
    expect(detectFlinkVersion('build.gradle', literal)).toEqual({ major: 1, minor: 18, patch: 1, origin: 'build.gradle:2' });
    expect(detectFlinkVersion('gradle.properties', '# build\nflinkVersion=1.17.2\n')).toEqual({ major: 1, minor: 17, patch: 2, origin: 'gradle.properties:2' });
  });

  it('reads requirements.txt and pyproject.toml', () => {
    expect(detectFlinkVersion('requirements.txt', '# apache-flink==1.14\nrequests\napache-flink==1.20.0\n')).toEqual({ major: 1, minor: 20, patch: 0, origin: 'requirements.txt:3' });
    expect(detectFlinkVersion('requirements.txt', 'apache-flink>=2.0,<3\n')).toEqual({ major: 2, minor: 0, origin: 'requirements.txt:1' });
    expect(detectFlinkVersion('requirements.txt', 'apache-flink-libraries==1.20.0\n')).toBeUndefined();
    const pep621 = `[project]\nname = "job"\ndependencies = [\n  # "apache-flink==1.14.0",\n  "apache-flink==2.1.0",\n]\n`;
    expect(detectFlinkVersion('pyproject.toml', pep621)).toEqual({ major: 2, minor: 1, patch: 0, origin: 'pyproject.toml:5' });
    const poetry = `[tool.poetry.dependencies]\npython = "^3.10"\napache-flink = "^1.19.0"\n`;
    expect(detectFlinkVersion('pyproject.toml', poetry)).toEqual({ major: 1, minor: 19, patch: 0, origin: 'pyproject.toml:3' });
  });
});

describe('versionApi', () => {
  it('uses the 1.20 retention API from 1.20 on and when the version is unknown', () => {
    expect(versionApi(parseFlinkVersion('1.20.0')).retention.method).toBe('setExternalizedCheckpointRetention');
    expect(versionApi(parseFlinkVersion('2.0')).retention.method).toBe('setExternalizedCheckpointRetention');
    expect(versionApi(undefined).retention.method).toBe('setExternalizedCheckpointRetention');
    expect(versionApi(parseFlinkVersion('1.18.1')).retention.method).toBe('setExternalizedCheckpointCleanup');
    expect(versionApi(parseFlinkVersion('1.14.6')).retention.method).toBe('enableExternalizedCheckpoints');
  });

  it('imports CheckpointingMode from core.execution from 1.20 on', () => {
    expect(versionApi(parseFlinkVersion('1.20')).checkpointingModeImport).toBe('org.apache.flink.core.execution.CheckpointingMode');
    expect(versionApi(parseFlinkVersion('1.19')).checkpointingModeImport).toBe('org.apache.flink.streaming.api.CheckpointingMode');
  });

  it('compares versions', () => {
    expect(atLeast(parseFlinkVersion('2.0.0'), 1, 20)).toBe(true);
    expect(atLeast(parseFlinkVersion('1.9'), 1, 20)).toBe(false);
    expect(parseFlinkVersion('latest')).toBeUndefined();
  });
});
