// How long a page's address may be. Every link the site makes stays far below (a referral sheet with six services and
// its way back: about 700 characters); a longer one is cut off or made up. Next.js repeats a redirect's or rewrite's
// target in the answer's headers, two or three times, and clients accept 16 KiB of headers: proxy.ts answers longer
// addresses with a short 414 page (app/api/uri-too-long) before anything repeats them.
export const MAX_PAGE_URL = 4096;

/** Path plus query of a page request longer than the site serves. */
export const isTooLong = (pathAndQuery: string): boolean => pathAndQuery.length > MAX_PAGE_URL;
