import type { Metadata } from "next";
import Link from "next/link";

// The HTML 404 of every page (the API answers problem+json of its own). A not-found page gets no search parameters,
// so it cannot know the reader's language: it says it in Dutch and English, plainly, and offers a new search.
export const metadata: Metadata = { title: "Pagina niet gevonden / Page not found — Buurtwijzer" };

export default function NotFound() {
  return (
    <main id="main">
      <h1>Deze pagina bestaat niet</h1>
      <p>
        Misschien is de link oud, of staat er een tikfout in. Zoek opnieuw, of ga naar de{" "}
        <Link href="/">beginpagina</Link>.
      </p>
      <form method="get" action="/zoeken" className="search">
        <label htmlFor="nf-q">Postcode of plaats</label>
        <input id="nf-q" name="q" type="search" autoComplete="postal-code" maxLength={100} />
        <button type="submit" className="primary">
          Zoeken
        </button>
      </form>
      <div lang="en">
        <h2>This page does not exist</h2>
        <p>
          The link may be old or mistyped. Search again above, or go to the{" "}
          <Link href="/?lang=en">start page in English</Link>.
        </p>
      </div>
    </main>
  );
}
