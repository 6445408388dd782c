// A whole small HTML document for the answers a route handler gives outside the app's pages (an unknown short link,
// an address too long to serve): the status stays the route's own, which a page could not give. Readable on a phone
// and without CSS files or scripts; every text escaped, nothing from the request echoed.

const esc = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);

/** One language's part: a heading, a paragraph and a link, marked with its language and direction. */
export type DocumentSection = {
  lang: string;
  dir: "ltr" | "rtl";
  heading: string;
  text: string;
  link: { href: string; label: string };
};

export function plainDocument({
  lang,
  dir,
  title,
  sections,
}: {
  lang: string;
  dir: "ltr" | "rtl";
  title: string;
  sections: DocumentSection[];
}): string {
  const body = sections
    .map((s, i) => {
      const h = i === 0 ? "h1" : "h2";
      return `<section lang="${s.lang}" dir="${s.dir}"><${h}>${esc(s.heading)}</${h}><p>${esc(s.text)}</p><p><a href="${esc(s.link.href)}">${esc(s.link.label)}</a></p></section>`;
    })
    .join("\n");
  return `<!doctype html>
<html lang="${lang}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${esc(title)} — Buurtwijzer</title>
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
${body}
</main>
</body>
</html>
`;
}
