import type { ReactNode } from "react";

import { dirOf, type Locale } from "@/lib/i18n/locales";

/** The `<bdi>` tag of the resident texts: a Dutch place name, postcode or "3,8 km" inside Arabic keeps its own order
 *  ("Utrecht 3512" otherwise). Left-to-right pages keep plain text, as before. */
export const bidiTags = (locale: Locale) => ({
  bdi: (chunks: ReactNode) => (dirOf(locale) === "rtl" ? <bdi>{chunks}</bdi> : chunks),
});
