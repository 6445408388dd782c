import { createHash } from "node:crypto";

// An iCalendar feed's answer: text/calendar, cacheable by a CDN for five minutes (a cancellation reaches subscribers
// by their next fetch), with an ETag from the bytes so a calendar app polling an unchanged feed gets a 304 (the feed
// is the same bytes while the programme is: DTSTAMP is each activity's last change, not the time of the request).

export const CALENDAR_CACHE = "public, max-age=300, s-maxage=300, stale-while-revalidate=600";

export function calendarResponse(req: Request, text: string, filename: string): Response {
  const tag = `"${createHash("sha256").update(text).digest("base64url").slice(0, 27)}"`;
  const headers = {
    "content-type": "text/calendar; charset=utf-8",
    "content-disposition": `inline; filename="${filename.replace(/[^\w.-]/g, "-")}"`,
    "cache-control": CALENDAR_CACHE,
    etag: tag,
  };
  const seen = req.headers.get("if-none-match");
  if (seen && seen.split(",").some((t) => t.trim() === tag)) return new Response(null, { status: 304, headers });
  return new Response(text, { status: 200, headers });
}
