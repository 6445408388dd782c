"use client";

import { useState } from "react";

// Copies the page's address. Without JavaScript the address stays visible and selectable next to it.
export function CopyLink({ url, label, done }: { url: string; label: string; done: string }) {
  const [copied, setCopied] = useState(false);
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
