import { createReadStream } from "node:fs";
import { Transform } from "node:stream";

// Text files arrive in UTF-8 (with or without BOM) or, from older Excel on Windows, in Windows-1252. The file is
// checked once as UTF-8 (streaming, so a large file is never held whole); when it is not valid UTF-8 it is read as
// Windows-1252 and the report says so.

export type Encoding = "utf-8" | "windows-1252";

export async function detectEncoding(path: string): Promise<Encoding> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  try {
    for await (const chunk of createReadStream(path)) decoder.decode(chunk as Buffer, { stream: true });
    decoder.decode();
    return "utf-8";
  } catch {
    return "windows-1252";
  }
}

/** A stream of the file's text in the given encoding, without a BOM. */
export function decodedStream(path: string, encoding: Encoding): NodeJS.ReadableStream {
  const decoder = new TextDecoder(encoding, { ignoreBOM: false });
  const transform = new Transform({
    readableObjectMode: false,
    transform(chunk: Buffer, _enc, done) {
      done(null, decoder.decode(chunk, { stream: true }));
    },
    flush(done) {
      done(null, decoder.decode());
    },
  });
  return createReadStream(path).pipe(transform);
}

/** Reads the start of the text (for format and separator detection). */
export async function head(path: string, encoding: Encoding, bytes = 65536): Promise<string> {
  const decoder = new TextDecoder(encoding);
  let text = "";
  for await (const chunk of createReadStream(path, { start: 0, end: bytes - 1 }))
    text += decoder.decode(chunk as Buffer, { stream: true });
  return text.replace(/^\uFEFF/, "");
}

/** `;`, `,` or tab: whichever the header line has most of, outside quotes. */
export function detectSeparator(text: string): ";" | "," | "\t" {
  let inQuotes = false;
  const counts = { ";": 0, ",": 0, "\t": 0 };
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === "\n" || ch === "\r")) break;
    else if (!inQuotes && (ch === ";" || ch === "," || ch === "\t")) counts[ch]++;
  }
  return counts[";"] >= counts[","] && counts[";"] >= counts["\t"] ? ";" : counts["\t"] > counts[","] ? "\t" : ",";
}
