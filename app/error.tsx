"use client";

import Link from "next/link";

// What a reader sees when a page fails on our side (the API answers problem+json of its own): in Dutch and English,
// with a way to try again. Nothing of the error's details is shown.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main">
      <h1>Er ging iets mis</h1>
      <p>Dat ligt aan ons, niet aan u. Probeer het over een paar seconden opnieuw.</p>
      <p>
        <button type="button" className="primary" onClick={() => reset()}>
          Opnieuw proberen
        </button>{" "}
        <Link href="/">Naar de beginpagina</Link>
      </p>
      <div lang="en">
        <h2>Something went wrong</h2>
        <p>That is our fault, not yours. Please try again in a few seconds.</p>
      </div>
    </main>
  );
}
