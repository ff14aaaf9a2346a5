// A file name may hold any byte but `/` and NUL; printed raw, ESC or CR would let a repository
// rewrite the terminal (hide a line, fake a green tick). Text output shows them as escapes.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

export function escapeControlCharacters(text: string): string {
  return text.replace(CONTROL, (c) => {
    if (c === '\t') return '\\t';
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    return `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
  });
}
