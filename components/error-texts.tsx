"use client";

import { createContext, useContext, type ReactNode } from "react";

// The four texts of the error page (app/error.tsx, a client component), handed down by the root layout in the page's
// language. A context of plain strings, not next-intl's client provider: that would add its ICU runtime (~12 KiB gz)
// to every page for a page most readers never see.

export type ErrorTexts = { title: string; text: string; tryAgain: string; startPage: string; home: string };

const Context = createContext<ErrorTexts | null>(null);

export function ErrorTextsProvider({ value, children }: { value: ErrorTexts; children: ReactNode }) {
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

const DUTCH: ErrorTexts = {
  title: "Er ging iets mis",
  text: "Dat ligt aan ons, niet aan u. Probeer het over een paar seconden opnieuw.",
  tryAgain: "Opnieuw proberen",
  startPage: "Naar de beginpagina",
  home: "/",
};

/** The error page's texts; Dutch if the layout itself failed before it could give them. */
export const useErrorTexts = (): ErrorTexts => useContext(Context) ?? DUTCH;
