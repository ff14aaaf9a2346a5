// A small YAML reader for Flink config files and docker-compose files: block mappings and
// sequences by indentation, plain and quoted scalars, `|`/`>` block scalars, comments, and the
// 0-based line and column of every key and scalar (diagnostics point at them). Flow collections
// (`[a, b]`, `{a: b}`) are kept as their raw text. Anchors, tags and multi-document streams are not
// needed by these files and are read as plain text.
export type YamlNode = YamlMap | YamlSeq | YamlScalar;

export interface YamlMap {
  kind: 'map';
  entries: { key: string; line: number; character: number; value: YamlNode }[];
}

export interface YamlSeq {
  kind: 'seq';
  items: YamlNode[];
}

export interface YamlScalar {
  kind: 'scalar';
  value: string;
  line: number;
  character: number;
  /** For block scalars: each content line with its own position (FLINK_PROPERTIES lives in one). */
  lines?: { text: string; line: number; character: number }[];
}

interface Line {
  indent: number;
  /** Content without indentation and comment; empty for blank and comment-only lines. */
  content: string;
  raw: string;
  number: number;
}

function stripComment(text: string): string {
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") {
      if (i === 0 || /[\s:[{,-]/.test(text[i - 1]!)) quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      return text.slice(0, i).trimEnd();
    }
  }
  return text.trimEnd();
}

/** Index of the `:` that ends a mapping key, or -1 when the text is not `key: value`. */
function keyColon(text: string): number {
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
    } else if ((c === '"' || c === "'") && i === 0) quote = c;
    else if (c === '[' || c === '{') return -1;
    else if (c === ':' && (i === text.length - 1 || text[i + 1] === ' ' || text[i + 1] === '\t')) return i;
  }
  return -1;
}

/** Scalars are located at their first character inside the quotes. */
function quoteWidth(text: string): number {
  return /^(['"]).*\1$/.test(text) ? 1 : 0;
}

export function unquote(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length >= 2 && trimmed.startsWith("'") && trimmed.endsWith("'")) return trimmed.slice(1, -1).replace(/''/g, "'");
  if (trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')) {
    return trimmed.slice(1, -1).replace(/\\(["\\nt])/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
  }
  return trimmed;
}

class Reader {
  private i = 0;
  constructor(private readonly lines: Line[]) {}

  private skipBlank(): Line | undefined {
    while (this.i < this.lines.length && this.lines[this.i]!.content === '') this.i++;
    return this.lines[this.i];
  }

  node(minIndent: number): YamlNode | undefined {
    const line = this.skipBlank();
    if (!line || line.indent < minIndent) return undefined;
    if (line.content === '---' || line.content === '...') {
      this.i++;
      return this.node(minIndent);
    }
    if (line.content === '-' || line.content.startsWith('- ')) return this.seq(line.indent);
    if (keyColon(line.content) >= 0) return this.map(line.indent);
    this.i++;
    return { kind: 'scalar', value: unquote(line.content), line: line.number, character: line.indent };
  }

  private map(indent: number): YamlMap {
    const map: YamlMap = { kind: 'map', entries: [] };
    for (let line = this.skipBlank(); line && line.indent >= indent; line = this.skipBlank()) {
      const colon = keyColon(line.content);
      if (line.indent > indent || colon < 0) {
        this.i++; // stray or malformed line: skip it rather than misread the rest
        continue;
      }
      const key = unquote(line.content.slice(0, colon));
      const rest = line.content.slice(colon + 1).trim();
      const keyAt = { line: line.number, character: line.indent };
      this.i++;
      let value: YamlNode;
      if (rest === '') {
        const next = this.skipBlank();
        const sameIndentSeq = next && next.indent === indent && (next.content === '-' || next.content.startsWith('- '));
        value = (sameIndentSeq ? this.seq(indent) : this.node(indent + 1)) ?? { kind: 'scalar', value: '', ...keyAt };
      } else if (/^[|>][-+0-9]*$/.test(rest)) {
        value = this.block(indent, rest.startsWith('>'), keyAt);
      } else {
        const character = line.indent + line.content.indexOf(rest, colon + 1) + quoteWidth(rest);
        value = { kind: 'scalar', value: unquote(rest), line: line.number, character };
      }
      map.entries.push({ key, ...keyAt, value });
    }
    return map;
  }

  private seq(indent: number): YamlSeq {
    const seq: YamlSeq = { kind: 'seq', items: [] };
    for (let line = this.skipBlank(); line && line.indent === indent && (line.content === '-' || line.content.startsWith('- ')); line = this.skipBlank()) {
      const rest = line.content.slice(1).trimStart();
      if (rest === '') {
        this.i++;
        seq.items.push(this.node(indent + 1) ?? { kind: 'scalar', value: '', line: line.number, character: indent });
        continue;
      }
      const offset = line.content.length - rest.length;
      if (keyColon(rest) >= 0) {
        // `- key: value` starts a mapping indented at the key.
        this.lines[this.i] = { ...line, indent: indent + offset, content: rest };
        seq.items.push(this.map(indent + offset));
      } else {
        this.i++;
        seq.items.push({ kind: 'scalar', value: unquote(rest), line: line.number, character: indent + offset + quoteWidth(rest) });
      }
    }
    return seq;
  }

  private block(parentIndent: number, folded: boolean, at: { line: number; character: number }): YamlScalar {
    const lines: NonNullable<YamlScalar['lines']> = [];
    let contentIndent: number | undefined;
    while (this.i < this.lines.length) {
      const line = this.lines[this.i]!;
      const blank = line.raw.trim() === '';
      if (!blank && line.indent <= parentIndent) break;
      if (!blank) {
        contentIndent ??= line.indent;
        lines.push({ text: line.raw.slice(Math.min(contentIndent, line.indent)).trimEnd(), line: line.number, character: contentIndent });
      }
      this.i++;
    }
    const value = lines.map((l) => l.text).join(folded ? ' ' : '\n');
    return { kind: 'scalar', value, line: lines[0]?.line ?? at.line, character: lines[0]?.character ?? at.character, lines };
  }
}

/** Reads a YAML document; never throws (malformed lines are skipped). */
export function readYaml(text: string): YamlNode | undefined {
  const lines: Line[] = text.split(/\r?\n/).map((raw, number) => {
    const indent = raw.length - raw.trimStart().length;
    return { indent, content: stripComment(raw.trimStart()), raw, number };
  });
  return new Reader(lines).node(0);
}
