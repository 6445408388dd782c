"use client";

import { useState } from "react";

import { useHydrated } from "./use-hydrated";

// Copies the page's address. Only rendered once JavaScript runs; without it the address stays visible and selectable
// next to it.
export function CopyLink({ url, label, done }: { url: string; label: string; done: string }) {
  const [copied, setCopied] = useState(false);
  const hydrated = useHydrated();
  if (!hydrated) return null;
  return (
    <button
      type="button"
      className="secondary"
      onClick={async () => {
        await navigator.clipboard.writeText(url);
        setCopied(true);
      }}
    >
      {copied ? done : label}
    </button>
  );
}
