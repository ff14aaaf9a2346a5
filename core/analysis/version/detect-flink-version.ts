// Finds the Flink version a project builds against, from the build files a project has: Maven
// (properties included), Gradle (Groovy and Kotlin DSL, gradle.properties) and Python
// (requirements.txt, pyproject.toml). Each reader returns the version and the line it came from.
import type { FlinkVersion } from './flink-version.js';
import { parseFlinkVersion } from './flink-version.js';
import { tokenize } from './literal-tokens.js';
import { child, childText, readXml } from './xml-elements.js';
import type { XmlElement } from './xml-elements.js';

/** Artifacts versioned with Flink itself (connectors have their own `3.4.0-1.20` scheme). */
function isCoreArtifact(artifactId: string): boolean {
  return /^flink-(streaming-java|streaming-scala|java|clients|core|runtime|table-api|table-runtime|table-planner|dist|python|connector-files|connector-base|connector-datagen|statebackend)/.test(artifactId);
}

/** The build files this module reads, by file name. */
export function isVersionFile(fileName: string): boolean {
  return ['pom.xml', 'build.gradle', 'build.gradle.kts', 'gradle.properties', 'requirements.txt', 'pyproject.toml'].includes(fileName);
}

/** The Flink version `text` (the content of a file called `fileName`) declares, if any. */
export function detectFlinkVersion(fileName: string, text: string): FlinkVersion | undefined {
  const found = (() => {
    switch (fileName) {
      case 'pom.xml': return fromPom(text);
      case 'build.gradle':
      case 'build.gradle.kts': return fromGradle(text);
      case 'gradle.properties': return fromProperties(text);
      case 'requirements.txt': return fromRequirements(text);
      case 'pyproject.toml': return fromPyproject(text);
      default: return undefined;
    }
  })();
  if (!found) return undefined;
  const version = parseFlinkVersion(found.value);
  return version ? { ...version, origin: `${fileName}:${found.line + 1}` } : undefined;
}

interface Found {
  value: string;
  line: number;
}

function fromPom(text: string): Found | undefined {
  const project = child(readXml(text), 'project');
  if (!project) return undefined;
  const properties = new Map<string, XmlElement>();
  for (const property of child(project, 'properties')?.children ?? []) properties.set(property.name, property);
  const resolve = (element: XmlElement): Found => {
    const raw = element.text.trim();
    const reference = /^\$\{([^}]+)\}$/.exec(raw)?.[1];
    const property = reference ? properties.get(reference) : undefined;
    return property ? { value: property.text.trim(), line: property.line } : { value: raw, line: element.line };
  };
  const dependencyLists = [child(project, 'dependencies'), child(child(project, 'dependencyManagement'), 'dependencies')];
  for (const list of dependencyLists) {
    for (const dependency of list?.children ?? []) {
      if (childText(dependency, 'groupId') !== 'org.apache.flink' || !isCoreArtifact(childText(dependency, 'artifactId') ?? '')) continue;
      const version = child(dependency, 'version');
      if (version) {
        const found = resolve(version);
        if (parseFlinkVersion(found.value)) return found;
      }
    }
  }
  for (const name of ['flink.version', 'flinkVersion', 'flink-version']) {
    const property = properties.get(name);
    if (property) return { value: property.text.trim(), line: property.line };
  }
  return undefined;
}

function fromGradle(text: string): Found | undefined {
  const tokens = tokenize(text);
  const variables = new Map<string, Found>();
  tokens.forEach((token, i) => {
    const value = tokens[i + 2];
    if (token.kind === 'word' && tokens[i + 1]?.text === '=' && value?.kind === 'string') {
      variables.set(token.text.replace(/^(ext|project|extra)\./, ''), { value: value.text, line: value.line });
    }
  });
  for (const token of tokens) {
    if (token.kind !== 'string') continue;
    const [group, artifact, version] = token.text.split(':');
    if (group !== 'org.apache.flink' || !artifact || !isCoreArtifact(artifact) || version === undefined) continue;
    const reference = /^\$\{?([\w.]+)\}?$/.exec(version)?.[1];
    const variable = reference ? variables.get(reference.replace(/^(project|rootProject)\./, '')) : undefined;
    if (variable) return variable;
    if (parseFlinkVersion(version)) return { value: version, line: token.line };
  }
  for (const [name, found] of variables) if (/^flink[._-]?version$/i.test(name)) return found;
  return undefined;
}

function fromProperties(text: string): Found | undefined {
  const lines = text.split('\n');
  for (let line = 0; line < lines.length; line++) {
    const current = lines[line]!.trim();
    if (current.startsWith('#') || current.startsWith('!')) continue;
    const separator = current.search(/[=:]/);
    if (separator < 0) continue;
    if (/^flink[._-]?version$/i.test(current.slice(0, separator).trim())) return { value: current.slice(separator + 1).trim(), line };
  }
  return undefined;
}

/** `apache-flink==1.20.0`, `apache-flink>=1.19,<2`, `apache-flink ~= 2.0`: the first version named. */
function pythonRequirement(spec: string): string | undefined {
  const match = /^\s*apache-flink\s*(\[[^\]]*\])?\s*(==|~=|>=|===|<=|>|<)?\s*([\d.]+)/i.exec(spec);
  return match ? match[3] : undefined;
}

function fromRequirements(text: string): Found | undefined {
  const lines = text.split('\n');
  for (let line = 0; line < lines.length; line++) {
    const spec = lines[line]!.split('#')[0]!;
    const value = pythonRequirement(spec);
    if (value) return { value, line };
  }
  return undefined;
}

function fromPyproject(text: string): Found | undefined {
  const tokens = tokenize(text, { hashComments: true });
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'string') {
      const value = pythonRequirement(token.text);
      if (value) return { value, line: token.line };
    }
    // Poetry: `apache-flink = "^1.20.0"` or `apache-flink = { version = "1.20.0" }`.
    if ((token.text === 'apache-flink' || (token.kind === 'string' && token.text === 'apache-flink')) && tokens[i + 1]?.text === '=') {
      const next = tokens.slice(i + 2, i + 8).find((t) => t.kind === 'string');
      const value = next ? /[\d]+\.[\d.]+/.exec(next.text)?.[0] : undefined;
      if (next && value) return { value, line: next.line };
    }
  }
  return undefined;
}
