"use client";

import { useErrorTexts } from "@/components/error-texts";

// What a reader sees when a page fails on our side (the API answers problem+json of its own), in the page's
// language (the root layout hands the texts down), with a way to try again. Nothing of the error's details is shown.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useErrorTexts();
  return (
    <main id="main">
      <h1>{t.title}</h1>
      <p>{t.text}</p>
      <p>
        <button type="button" className="primary" onClick={() => reset()}>
          {t.tryAgain}
        </button>{" "}
        <a href={t.home}>{t.startPage}</a>
      </p>
    </main>
  );
}
