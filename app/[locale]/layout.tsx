import { notFound } from "next/navigation";
import type { ReactNode } from "react";

import { isLocale } from "@/lib/i18n/locales";

// Every page lives under its language (proxy.ts rewrites an unprefixed path to /nl/…). The root layout (app/layout.tsx)
// sets <html lang dir>; this one only refuses a language that Buurtwijzer does not have.
export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  if (!isLocale((await params).locale)) notFound();
  return children;
}
