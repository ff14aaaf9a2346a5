import { InvalidRestUrlError } from './errors/invalid-rest-url-error.js';

/** A REST base URL split into what fetch may see, what messages may show, and the credentials. */
export interface RestUrl {
  /** Without credentials and trailing slash: fetch refuses URLs with credentials. */
  fetchBase: string;
  /** For messages and logs: the user name kept, the password replaced by `***`. */
  displayBase: string;
  /** `Basic …` when the URL carried credentials (a Flink behind an authenticating proxy). */
  authorization?: string;
}

/** Parses the base URL once, so a bad one fails at once with a typed error instead of inside fetch. */
export function parseRestUrl(raw: string): RestUrl {
  const shown = redactUrl(raw);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new InvalidRestUrlError({ url: shown, reason: portReason(raw) ?? 'not a URL' });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InvalidRestUrlError({ url: shown, reason: `'${url.protocol}' is not supported; the address must start with http:// or https://` });
  }
  const { username, password } = url;
  url.username = '';
  url.password = '';
  url.search = '';
  url.hash = '';
  const fetchBase = url.toString().replace(/\/+$/, '');
  if (!username && !password) return { fetchBase, displayBase: fetchBase };
  const credentials = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  const redacted = `${username}${password ? ':***' : ''}@`;
  return {
    fetchBase,
    displayBase: fetchBase.replace('//', `//${redacted}`),
    authorization: `Basic ${Buffer.from(credentials).toString('base64')}`,
  };
}

/** `scheme://user:password@host` → `scheme://user:***@host`, also in text that is not a valid URL. */
export function redactUrl(text: string): string {
  return text.replace(/(\/\/[^/\s:@]*):[^/\s@]*@/g, '$1:***@');
}

// WHATWG URL only says "Invalid URL"; a port out of range is the common slip worth naming.
function portReason(raw: string): string | undefined {
  const port = /^[a-z]+:\/\/(?:[^/@]*@)?(?:\[[^\]]*\]|[^/:]*):(\d+)/i.exec(raw)?.[1];
  return port !== undefined && Number(port) > 65535 ? `port ${port} is out of range (1-65535)` : undefined;
}
