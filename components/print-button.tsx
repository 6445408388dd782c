"use client";

// Prints the page (the browser's own print dialog, which also saves as PDF). Only rendered once JavaScript runs;
// without it, the browser's print menu does the same.
import { useHydrated } from "./use-hydrated";

export function PrintButton({ label }: { label: string }) {
  const hydrated = useHydrated();
  if (!hydrated) return null;
  return (
    <button type="button" className="secondary" onClick={() => window.print()}>
      {label}
    </button>
  );
}
