import { ReportForm, type ReportFormState } from "@/components/report-form";
import type { Locale, Messages } from "@/lib/i18n/messages";
import { REPORT_ERRORS } from "@/lib/i18n/report";

// "Klopt er iets niet?": the thanks after a report (melding=ok), the reason one was refused (te-veel, fout), else the
// form. The page passes its server action in (components never import app/).
export function FacilityReport(p: {
  action: (prev: ReportFormState, form: FormData) => Promise<ReportFormState>;
  slug: string;
  locale: Locale;
  t: Messages;
  token: string;
  reported: string | null;
}) {
  const t = p.t;
  return (
    <section id="melding" aria-labelledby="melding-title">
      <h2 id="melding-title">{t.reportTitle}</h2>
      {p.reported === "ok" ? (
        <p className="notice" role="status">
          {t.reportThanks}
        </p>
      ) : (
        <>
          {p.reported === "te-veel" && (
            <p className="problem" role="alert">
              {t.reportTooMany}
            </p>
          )}
          {p.reported === "fout" && (
            <p className="problem" role="alert">
              {t.reportInvalid}
            </p>
          )}
          <p>{t.reportIntro}</p>
          <ReportForm
            action={p.action}
            slug={p.slug}
            lang={p.locale}
            token={p.token}
            t={{
              message: t.reportMessage,
              contact: t.reportContact,
              send: t.reportSend,
              errors: REPORT_ERRORS[p.locale],
            }}
          />
        </>
      )}
    </section>
  );
}
