import type { BeheerMessages } from "@/lib/i18n/beheer";

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The line that says what a form did, after it came back with `?resultaat=<code>`: only the page's own codes are
 * shown, in its own words (never text from the URL).
 */
export function ResultNotice({ sp, texts }: { sp: SearchParams; texts: Record<string, string> }) {
  const code = typeof sp.resultaat === "string" ? sp.resultaat : null;
  const text = code !== null && Object.hasOwn(texts, code) ? texts[code] : undefined;
  if (!text) return null;
  return (
    <p className="notice" role="status">
      {text}
    </p>
  );
}

/** The words for an edit's outcome (`applied`, `pending`, `unchanged`), the same on every edit page. */
export const savedTexts = (t: BeheerMessages): Record<string, string> => ({
  applied: t.saved,
  pending: t.savedPending,
  unchanged: t.unchanged,
});
