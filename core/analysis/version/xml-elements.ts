// A small XML element reader for build files (pom.xml): elements, their text and line numbers.
// Enough for Maven's properties and dependencies; comments, CDATA, processing instructions and
// attributes are read past, entities in text are decoded for the five predefined ones.
export interface XmlElement {
  name: string;
  children: XmlElement[];
  text: string;
  /** 0-based line of the start tag. */
  line: number;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function readXml(source: string): XmlElement {
  const root: XmlElement = { name: '#document', children: [], text: '', line: 0 };
  const stack: XmlElement[] = [root];
  let line = 0;
  let i = 0;
  const advanceTo = (end: number): void => {
    for (let k = i; k < end; k++) if (source.charCodeAt(k) === 10) line++;
    i = end;
  };
  while (i < source.length) {
    const lt = source.indexOf('<', i);
    if (lt < 0) break;
    const top = stack[stack.length - 1]!;
    top.text += source.slice(i, lt).replace(/&(lt|gt|amp|quot|apos);/g, (_, name: string) => ENTITIES[name]!);
    advanceTo(lt);
    const skipTo = (terminator: string): void => {
      const end = source.indexOf(terminator, i);
      advanceTo(end < 0 ? source.length : end + terminator.length);
    };
    if (source.startsWith('<!--', i)) skipTo('-->');
    else if (source.startsWith('<![CDATA[', i)) {
      const end = source.indexOf(']]>', i);
      top.text += source.slice(i + 9, end < 0 ? source.length : end);
      skipTo(']]>');
    } else if (source.startsWith('<?', i) || source.startsWith('<!', i)) skipTo('>');
    else if (source.startsWith('</', i)) {
      skipTo('>');
      if (stack.length > 1) stack.pop();
    } else {
      const startLine = line;
      const gt = source.indexOf('>', i);
      const tag = source.slice(i + 1, gt < 0 ? source.length : gt);
      skipTo('>');
      const name = /^[^\s/>]+/.exec(tag)?.[0] ?? '';
      const element: XmlElement = { name, children: [], text: '', line: startLine };
      top.children.push(element);
      if (!tag.endsWith('/')) stack.push(element);
    }
  }
  return root;
}

export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c) => c.name === name);
}

export function childText(element: XmlElement | undefined, name: string): string | undefined {
  const found = child(element, name);
  return found ? found.text.trim() : undefined;
}
