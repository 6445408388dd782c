import type { useTranslations } from "next-intl";

// Why "Klopt er iets niet?" did not go through, in plain words (namespace `report` in messages/); the form comes back
// with the text kept. The limits are the report schema's (lib/server/reports), named here for the texts.
export type ReportError = "short" | "long" | "contact" | "fast" | "stale" | "refused" | "tooMany";

export const REPORT_LIMITS = { min: 10, max: 2000, contactMax: 200 } as const;

type ReportT = ReturnType<typeof useTranslations<"report">>;

/** Every reason in the page's language, for the form (a client component gets plain strings). */
export function reportErrorTexts(t: ReportT): Record<ReportError, string> {
  const { min, max, contactMax } = REPORT_LIMITS;
  return {
    short: t("errors.short", { min }),
    long: t("errors.long", { max }),
    contact: t("errors.contact", { max: contactMax }),
    fast: t("errors.fast"),
    stale: t("errors.stale"),
    refused: t("errors.refused"),
    tooMany: t("errors.tooMany"),
  };
}
