import { getRequestConfig } from "next-intl/server";
import { headers } from "next/headers";

import { loadMessages } from "./load-messages";
import { DEFAULT_LOCALE, isLocale, LOCALE_HEADER } from "./locales";
import { onIntlError } from "./on-error";

// next-intl's configuration for each request: the language proxy.ts put in the request header (the path's prefix),
// unless a caller asks for one explicitly (getTranslations({ locale })). Dates and times are always Dutch time.
export default getRequestConfig(async ({ requestLocale, locale: explicit }) => {
  const asked = explicit ?? (await requestLocale) ?? (await headers()).get(LOCALE_HEADER) ?? undefined;
  const locale = isLocale(asked) ? asked : DEFAULT_LOCALE;
  return {
    locale,
    messages: await loadMessages(locale),
    timeZone: "Europe/Amsterdam",
    onError: onIntlError,
    getMessageFallback: ({ namespace, key }) => [namespace, key].filter(Boolean).join("."),
  };
});
