import { PUBLIC_CACHE } from "./route";

// A streamed answer from an async iterator (ndjson lines, CSV rows, zip bytes): pulled chunk by chunk as the client
// reads, so a slow reader slows the database reads instead of filling memory, and a client that goes away ends the
// iterator (its `finally` releases what it holds). The first chunk is awaited before the answer starts, so a failure
// up front (a bad postcode, the database away) is still a problem+json answer; a later failure cuts the stream off,
// which a client sees as a truncated body.

const encoder = new TextEncoder();
const bytes = (chunk: string | Uint8Array): Uint8Array => (typeof chunk === "string" ? encoder.encode(chunk) : chunk);

export async function streamResponse(
  source: AsyncIterable<string | Uint8Array>,
  headers: Record<string, string>,
): Promise<Response> {
  const it = source[Symbol.asyncIterator]();
  const first = await it.next();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (first.done) controller.close();
      else controller.enqueue(bytes(first.value));
    },
    async pull(controller) {
      try {
        const next = await it.next();
        if (next.done) controller.close();
        else controller.enqueue(bytes(next.value));
      } catch (e) {
        console.error("[api] stream failed", e);
        controller.error(e);
      }
    },
    async cancel() {
      await it.return?.();
    },
  });
  return new Response(body, { status: 200, headers: { "cache-control": PUBLIC_CACHE, ...headers } });
}
