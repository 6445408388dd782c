"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { localeFrom, localePath } from "@/lib/i18n/locales";

import { useHydrated } from "./use-hydrated";

// "Use my location": asks the browser for a position and searches around it, keeping the services chosen in the
// surrounding form. Shown only once JavaScript runs (without it the button could do nothing); on refusal or failure
// a message explains and the search field stays as it was.
export function LocateButton({
  label,
  busy,
  failed,
  lang,
  path = "/zoeken",
  keep = ["dienst"],
}: {
  label: string;
  busy: string;
  failed: string;
  lang: string;
  /** the page that searches around the position (its form's own) */
  path?: string;
  /** the form's checked choices to carry along */
  keep?: string[];
}) {
  const ready = useHydrated();
  const [state, setState] = useState<"idle" | "busy" | "failed">("idle");
  const router = useRouter();
  if (!ready) return null;
  return (
    <div className="locate">
      <button
        type="button"
        className="secondary"
        disabled={state === "busy"}
        onClick={(e) => {
          const form = e.currentTarget.closest("form");
          if (!("geolocation" in navigator)) return setState("failed");
          setState("busy");
          navigator.geolocation.getCurrentPosition(
            (pos) => {
              const params = new URLSearchParams();
              // Rounded to about 1 m: enough to rank, no more precise than needed.
              params.set("bij", `${pos.coords.latitude.toFixed(5)},${pos.coords.longitude.toFixed(5)}`);
              for (const name of keep)
                form
                  ?.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)
                  .forEach((c) => params.append(name, c.value));
              router.push(localePath(localeFrom(lang), `${path}?${params}`));
            },
            () => setState("failed"),
            { timeout: 10000, maximumAge: 60000 },
          );
        }}
      >
        {state === "busy" ? busy : label}
      </button>
      <p role="status" className={state === "failed" ? "problem" : "sr-status"}>
        {state === "failed" ? failed : ""}
      </p>
    </div>
  );
}
