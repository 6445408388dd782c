import type { useTranslations } from "next-intl";

/** The resident texts' translator (getTranslations("resident") or useTranslations("resident")), for the helpers that
 *  put a page's texts together outside a component. */
export type ResidentT = ReturnType<typeof useTranslations<"resident">>;
