"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";

import type { ReportFormState } from "@/components/report-form";
import { localeFrom, localePath } from "@/lib/i18n/locales";
import type { ReportError } from "@/lib/i18n/report";
import { clientIp } from "@/lib/rate-limit";
import { storableText } from "@/lib/schemas/text";
import { formToken, MIN_MS } from "@/lib/server/reports/reports";
import { submitReport } from "@/lib/server/reports/submit-report";

// "Klopt er iets niet?" from the facility page: a server action behind useActionState, so without JavaScript too a
// refused report comes back as the same form with what was typed and the real reason (the API route's 303 could only
// say "fout" and lost the text). A report that goes through redirects to the thanks (melding=ok), so reloading does
// not send it twice. The rules are lib/server/reports/reports.ts's.

const text = (form: FormData, key: string, max: number) => {
  const v = form.get(key);
  return typeof v === "string" ? storableText(v.slice(0, max)) : "";
};

export async function sendReport(_prev: ReportFormState, form: FormData): Promise<ReportFormState> {
  const slug = text(form, "slug", 200);
  const lang = localeFrom(form.get("lang"));
  // What was typed is kept (cut at twice the limit: enough to show the "too long" reason on the text itself).
  const kept = { message: text(form, "message", 4000), contact: text(form, "contact", 400) };
  // The form that comes back counts as shown a second ago: the person has been here for a while, and their next
  // press must pass (a fresh token sent back at once was "too fast" again, so a quick second click never went through).
  const again = (error: ReportError): ReportFormState => ({ error, ...kept, token: formToken(Date.now() - MIN_MS) });
  const raw = {
    message: kept.message,
    contact: kept.contact,
    homepage: text(form, "homepage", 200),
    t: text(form, "t", 100),
  };
  const outcome = await submitReport({ slug, raw, ip: clientIp(await headers()), form: true });
  if (!outcome.ok) {
    if (outcome.reason !== "invalid") return again(outcome.reason === "notFound" ? "refused" : outcome.reason);
    const field = outcome.error.issues[0]?.path[0];
    if (field === "message") return again(kept.message.trim().length < 10 ? "short" : "long");
    if (field === "contact") return again("contact");
    return again("refused"); // the honeypot (max 0) or a token that is no string
  }
  // Back to the page in the language it was sent from (/en/locaties/…; Dutch at the root).
  redirect(localePath(lang, `/locaties/${encodeURIComponent(slug)}?melding=ok#melding`));
}
