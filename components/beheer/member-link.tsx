import { getLocale } from "next-intl/server";
import type { AnchorHTMLAttributes } from "react";

import { localePath } from "@/lib/i18n/locales";

/** A link to a member-area page in the page's language (/en/beheer/… for English; no redirect through the language
 *  cookie). For server components; `href` is the Dutch path, /beheer/…. */
export async function MemberLink({ href, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const locale = await getLocale();
  return <a href={localePath(locale === "en" ? "en" : "nl", href)} {...rest} />;
}
