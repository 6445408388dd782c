import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";

// The visible language switch of every page: the same page in each language. Each link names its language in the
// path, also Dutch (/nl/… redirects to the unprefixed page), so proxy.ts remembers a resident's choice in the `taal`
// cookie. Plain links, not
// prefetched: a prefetch must not change the remembered language. By default all six languages (lib/i18n/locales.ts);
// a page that speaks fewer passes its own `locales` and `names`.
export function LanguageSwitch<L extends string>({
  path,
  params = {},
  locale,
  label,
  locales = LOCALES as readonly string[] as readonly L[],
  names = LOCALE_NAMES as Record<string, string>,
  className = "langs",
}: {
  path: string;
  params?: Record<string, string | string[] | undefined>;
  locale: L;
  label: string;
  locales?: readonly L[];
  names?: Record<string, string>;
  className?: string;
}) {
  const href = (l: L) => {
    const sp = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) {
      if (k === "lang" || v === undefined) continue;
      for (const x of Array.isArray(v) ? v : [v]) sp.append(k, x);
    }
    const q = sp.size ? `?${sp}` : "";
    return `/${l}${path === "/" ? "" : path}${q}`;
  };
  return (
    <nav aria-label={label} className={className}>
      {locales.map((l) => (
        <a key={l} href={href(l)} lang={l} hrefLang={l} aria-current={l === locale ? "true" : undefined}>
          {names[l] ?? l}
        </a>
      ))}
    </nav>
  );
}
