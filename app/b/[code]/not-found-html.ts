import { CATALOGS } from "@/lib/i18n/catalogs";
import { dirOf, localePath, LOCALES } from "@/lib/i18n/locales";

// The HTML a person gets for a short link that does not exist (a letter mistyped from a printed sheet). A route
// handler answers it, so it is a whole small document of its own: the status stays 404, which a page's notFound()
// would give only with the site's static, Dutch/English 404. The link carries no language, so it says it in all six
// languages of the sheet, each marked with its own lang and dir and linking to the start page in its language. Nothing
// from the request is echoed.

const esc = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);

export function shortLinkNotFoundHtml(): string {
  const sections = LOCALES.map((l, i) => {
    const m = CATALOGS[l].shortLink;
    const h = i === 0 ? "h1" : "h2";
    return `<section lang="${l}" dir="${dirOf(l)}"><${h}>${esc(m.unknownTitle)}</${h}><p>${esc(m.unknownBody)}</p><p><a href="${localePath(l, "/")}">${esc(m.unknownAgain)}</a></p></section>`;
  }).join("\n");
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${esc(CATALOGS.nl.shortLink.unknownTitle)} — Buurtwijzer</title>
<style>
body { font: 1.125rem/1.5 system-ui, sans-serif; color: #1a1a1a; background: #fff; margin: 0; }
main { max-width: 40rem; margin: 0 auto; padding: 1rem; }
section { border-bottom: 1px solid #ccc; padding-bottom: .5rem; overflow-wrap: anywhere; }
h1, h2 { font-size: 1.25rem; line-height: 1.3; }
a { color: #0b4f8a; display: inline-block; min-height: 44px; line-height: 44px; }
a:focus-visible { outline: 3px solid #0b4f8a; outline-offset: 2px; }
</style>
</head>
<body>
<main id="main">
${sections}
</main>
</body>
</html>
`;
}
