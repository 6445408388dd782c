"use client";

import { useEffect, useSyncExternalStore } from "react";

// The referral list also lives in this browser (localStorage, service ids only), so a worker who closes the tab can
// get it back: the page offers a link to restore it — never restores by itself. Without JavaScript the list lives in
// the URL only.
const KEY = "buurtwijzer-verwijslijst";
const noop = () => () => {};

/** `labels[n - 1]`: the link's words for a list of n services (a sheet holds at most six), made on the server. */
export function RememberedList({ current, labels }: { current: string[]; labels: string[] }) {
  useEffect(() => {
    if (current.length > 0) window.localStorage.setItem(KEY, current.join(","));
  }, [current]);
  const saved = useSyncExternalStore(
    noop,
    () => window.localStorage.getItem(KEY) ?? "",
    () => "",
  );
  const ids = saved.split(",").filter((x) => /^[0-9a-f-]{36}$/.test(x));
  if (current.length > 0 || ids.length === 0) return null;
  const url = new URL(window.location.href);
  url.searchParams.set("lijst", ids.join(","));
  return (
    <p>
      <a href={url.pathname + url.search}>{labels[Math.min(ids.length, labels.length) - 1]}</a>
    </p>
  );
}
