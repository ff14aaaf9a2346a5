// Tokens of Gradle (Groovy or Kotlin DSL) and TOML files, enough to find dependency coordinates:
// identifiers, `=`, and string literals with their line, with comments skipped. There is no
// grammar for these in the project, and a tokenizer keeps commented-out dependencies out.
export interface Token {
  kind: 'string' | 'word' | 'symbol';
  text: string;
  /** 0-based line. */
  line: number;
}

export function tokenize(source: string, options: { hashComments?: boolean } = {}): Token[] {
  const tokens: Token[] = [];
  let line = 0;
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\n') {
      line++;
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r') i++;
    else if ((c === '/' && source[i + 1] === '/') || (options.hashComments && c === '#')) {
      const end = source.indexOf('\n', i);
      i = end < 0 ? source.length : end;
    } else if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end < 0 ? source.length : end + 2;
      for (let k = i; k < stop; k++) if (source[k] === '\n') line++;
      i = stop;
    } else if (c === '"' || c === "'") {
      const triple = source.startsWith(c.repeat(3), i);
      const quote = triple ? c.repeat(3) : c;
      let k = i + quote.length;
      let text = '';
      const startLine = line;
      while (k < source.length && !source.startsWith(quote, k)) {
        if (source[k] === '\\' && k + 1 < source.length) {
          text += source[k + 1];
          k += 2;
          continue;
        }
        if (source[k] === '\n') {
          if (!triple) break;
          line++;
        }
        text += source[k];
        k++;
      }
      tokens.push({ kind: 'string', text, line: startLine });
      i = k + quote.length;
    } else if (/[A-Za-z_$]/.test(c)) {
      let k = i + 1;
      while (k < source.length && /[\w$.-]/.test(source[k]!)) k++;
      tokens.push({ kind: 'word', text: source.slice(i, k), line });
      i = k;
    } else {
      tokens.push({ kind: 'symbol', text: c, line });
      i++;
    }
  }
  return tokens;
}
