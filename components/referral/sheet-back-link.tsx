import { backLinkLang } from "@/lib/back-link";
import { REFERRAL_MESSAGES, referralDir, referralLocale } from "@/lib/i18n/referral";

// "Terug naar zoeken" is for the worker: back to their own search (terug=), in their page's language, not the client's.
export function SheetBackLink({ back }: { back: string | null }) {
  const workerLocale = referralLocale(back ? backLinkLang(back) : undefined);
  return (
    <a href={back ?? "/verwijzen"} lang={workerLocale} dir={referralDir(workerLocale)} hrefLang={workerLocale}>
      {REFERRAL_MESSAGES[workerLocale].back}
    </a>
  );
}
