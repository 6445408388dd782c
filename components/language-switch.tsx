import { LOCALE_NAMES, LOCALES, type Locale, type Messages } from "@/lib/i18n/messages";

// The visible language switch of every public page: the same page in each language. Each link names its language
// explicitly (also Dutch), so proxy.ts remembers the choice in the `taal` cookie. Plain links, not prefetched: a
// prefetch must not change the remembered language.
export function LanguageSwitch({ path, params = {}, locale, t }: {
  path: string; params?: Record<string, string | string[] | undefined>; locale: Locale; t: Messages;
}) {
  const href = (l: Locale) => {
    const sp = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) {
      if (k === "lang" || v === undefined) continue;
      for (const x of Array.isArray(v) ? v : [v]) sp.append(k, x);
    }
    sp.set("lang", l);
    return `${path}?${sp}`;
  };
  return (
    <nav aria-label={t.language} className="langs">
      {LOCALES.map((l) => (
        <a key={l} href={href(l)} lang={l} hrefLang={l} aria-current={l === locale ? "true" : undefined}>{LOCALE_NAMES[l]}</a>
      ))}
    </nav>
  );
}
