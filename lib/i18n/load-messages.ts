import type { Messages } from "next-intl";

import type { Locale } from "./locales";

// One JSON catalog per language in messages/ (messages/nl.json is the reference: every other catalog has the same
// keys — tests/i18n check it; the member area's texts only in the member languages).
export const loadMessages = async (locale: Locale): Promise<Messages> =>
  ((await import(`../../messages/${locale}.json`)) as { default: Messages }).default;
