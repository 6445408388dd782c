import { z } from "zod";

// Text that PostgreSQL can store. It refuses U+0000 in `text` ("invalid byte sequence"), and a string holding a lone
// UTF-16 surrogate (which JSON's "\ud800" escape makes) has no UTF-8 form; either would fail deep inside a query as a
// 500. So the schemas that take text refuse them at the boundary, and the form reader drops them.

const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UNSTORABLE_ALL = new RegExp(UNSTORABLE.source, "g");

export const isStorableText = (s: string): boolean => !UNSTORABLE.test(s);

/** The same text without NUL characters, lone surrogates replaced by U+FFFD (what a UTF-8 decoder would show). */
export const storableText = (s: string): string => s.replace(UNSTORABLE_ALL, (c) => (c === "\u0000" ? "" : "\uFFFD"));

/** A zod string that refuses NUL and lone surrogates; `message` in the schema's own style. */
export const zStorableString = (message = "contains a NUL character or a lone surrogate, which cannot be stored") =>
  z.string().refine(isStorableText, { message, abort: true });
