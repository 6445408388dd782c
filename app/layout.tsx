import type { Metadata } from "next";
import type { ReactNode } from "react";

import "./globals.css";

export const metadata: Metadata = {
  title: "Buurtwijzer",
  description: "Vind een buurthuis, wijkcentrum of hulp in de buurt. Find a community centre or help near you.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="nl">
      <body>
        <a className="skip" href="#main">
          Naar de inhoud
        </a>
        {children}
        <footer className="site-footer">
          <a href="/privacy">Privacy</a> · <a href="/verwijzen">Verwijzen</a> ·{" "}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- the API answers JSON (app/api/[...path] only looks like a page) */}
          <a href="/api/v1">API</a>
        </footer>
      </body>
    </html>
  );
}
