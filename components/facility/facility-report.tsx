import { useTranslations } from "next-intl";

import { ReportForm, type ReportFormState } from "@/components/report-form";
import type { Locale } from "@/lib/i18n/locales";
import { REPORT_LIMITS, reportErrorTexts } from "@/lib/i18n/report";

// "Klopt er iets niet?": the thanks after a report (melding=ok), the reason one was refused (te-veel, fout), else the
// form. The page passes its server action in (components never import app/). The form is a client component: it gets
// its texts as plain strings.
export function FacilityReport(p: {
  action: (prev: ReportFormState, form: FormData) => Promise<ReportFormState>;
  slug: string;
  locale: Locale;
  token: string;
  reported: string | null;
}) {
  const t = useTranslations("report");
  return (
    <section id="melding" aria-labelledby="melding-title">
      <h2 id="melding-title">{t("title")}</h2>
      {p.reported === "ok" ? (
        <p className="notice" role="status">
          {t("thanks")}
        </p>
      ) : (
        <>
          {p.reported === "te-veel" && (
            <p className="problem" role="alert">
              {t("tooMany")}
            </p>
          )}
          {p.reported === "fout" && (
            <p className="problem" role="alert">
              {t("invalid", { min: REPORT_LIMITS.min, max: REPORT_LIMITS.max })}
            </p>
          )}
          <p>{t("intro")}</p>
          <ReportForm
            action={p.action}
            slug={p.slug}
            lang={p.locale}
            token={p.token}
            t={{ message: t("message"), contact: t("contact"), send: t("send"), errors: reportErrorTexts(t) }}
          />
        </>
      )}
    </section>
  );
}
