import { getTranslations } from "next-intl/server";

import { backLinkLang } from "@/lib/back-link";
import { dirOf, localeFrom, localePath } from "@/lib/i18n/locales";

// "Terug naar zoeken" is for the worker: back to their own search (terug=), in their page's language, not the client's.
export async function SheetBackLink({ back }: { back: string | null }) {
  const workerLocale = localeFrom(back ? backLinkLang(back) : undefined);
  const t = await getTranslations({ locale: workerLocale, namespace: "referral" });
  return (
    <a
      href={back ?? localePath(workerLocale, "/verwijzen")}
      lang={workerLocale}
      dir={dirOf(workerLocale)}
      hrefLang={workerLocale}
    >
      {t("back")}
    </a>
  );
}
