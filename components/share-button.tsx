"use client";

import { useHydrated } from "./use-hydrated";

// The phone's own share sheet (Web Share API). Rendered only where it works: once JavaScript runs and the browser
// has navigator.share (most phones; few desktop browsers). The plain links beside it work everywhere.
export function ShareButton({ url, text, label }: { url: string; text: string; label: string }) {
  const hydrated = useHydrated();
  if (!hydrated || typeof navigator.share !== "function") return null;
  return (
    <button
      type="button"
      className="secondary"
      onClick={() => navigator.share({ text, url }).catch(() => undefined /* dismissed */)}
    >
      {label}
    </button>
  );
}
