/**
 * Reads a fetch body up to `maxBytes`; past that it cancels the stream (closing the socket) and
 * returns undefined, so an endless answer costs at most the cap. Stream errors (an abort on
 * timeout) are thrown for the caller to translate.
 */
export async function readCappedBody(response: Response, maxBytes: number): Promise<Uint8Array | undefined> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}
