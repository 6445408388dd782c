"use client";

import { useLocale, useTranslations } from "next-intl";

import { localePath } from "@/lib/i18n/locales";

// What a reader sees when a page fails on our side (the API answers problem+json of its own), in the page's
// language, with a way to try again. Nothing of the error's details is shown.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common");
  const locale = useLocale();
  return (
    <main id="main">
      <h1>{t("errorTitle")}</h1>
      <p>{t("errorText")}</p>
      <p>
        <button type="button" className="primary" onClick={() => reset()}>
          {t("tryAgain")}
        </button>{" "}
        <a href={localePath(locale, "/")}>{t("startPage")}</a>
      </p>
    </main>
  );
}
