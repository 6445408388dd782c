import { z } from "zod";

import { zStorableString } from "./text";

// Opaque keyset cursors: base64url JSON of the last item's sort key. Distance order: { d: metres, id };
// name order: { n: name, id }; activity dates: { t: start in ms, d: metres, id }.

const ZKey = z.union([
  // t: an instant from 2000 to 2100, in ms
  z
    .object({
      t: z.number().int().min(946_684_800_000).max(4_102_444_800_000),
      d: z.number().nonnegative(),
      id: z.uuid(),
    })
    .strict(),
  z.object({ d: z.number().nonnegative(), id: z.uuid() }).strict(),
  z.object({ n: zStorableString().max(300), id: z.uuid() }).strict(),
]);
export type TCursorKey = z.infer<typeof ZKey>;

export const encodeCursor = (key: TCursorKey): string => Buffer.from(JSON.stringify(key)).toString("base64url");

export const zCursor = z
  .string()
  .max(600, "is not a cursor from this API")
  .transform((v, ctx) => {
    try {
      const parsed = ZKey.safeParse(JSON.parse(Buffer.from(v, "base64url").toString("utf8")));
      if (parsed.success) return parsed.data;
    } catch {
      // fall through to the issue below
    }
    ctx.addIssue({ code: "custom", message: "is not a cursor from this API; use next_cursor from a previous page" });
    return z.NEVER;
  });
