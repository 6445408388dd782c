"use client";

import { useActionState } from "react";

import { TheirChanges } from "@/components/beheer/their-changes";
import type { Change } from "@/lib/errors/app-error";
import type { FormState } from "@/lib/forms/form-state";
import type { BeheerMessages } from "@/lib/i18n/beheer";

// "Someone else just changed this location" on the activity form: what they changed (a programme by its activities'
// names), the one activity this form changes, and the two ways on — apply this change to the new version (it then
// replaces or adds only this activity, keeping theirs), or reload.

const names = (v: unknown) =>
  Array.isArray(v) ? v.map((a: { name?: unknown }) => String(a?.name ?? "")).join(", ") || "—" : undefined;
const show = (v: unknown) =>
  names(v) ?? (v === null || v === undefined || v === "" ? "—" : typeof v === "object" ? "…" : String(v));

export function ActivityConflict(p: {
  facilityId: string;
  locale: "nl" | "en";
  t: BeheerMessages;
  labels: Record<string, string>;
  currentVersion: number;
  theirs: Change[];
  mine: Record<string, unknown>;
  reloadHref: string;
  reapply: (prev: FormState, form: FormData) => Promise<FormState>;
}) {
  const [state, action, busy] = useActionState(p.reapply, { kind: "idle" });
  const { t } = p;
  const theirs = state.kind === "conflict" ? state.theirs : p.theirs;
  const version = state.kind === "conflict" ? state.currentVersion : p.currentVersion;
  const mine = (p.mine.activity ?? {}) as { name?: unknown };
  return (
    <section className="warning" role="alert" aria-labelledby="conflict-title">
      <h2 id="conflict-title">{t.conflictTitle}</h2>
      <p>{t.conflictIntro}</p>
      <TheirChanges state={state} theirs={theirs} labels={p.labels} t={t} show={show} />
      <h3>{t.activities.conflictMine}</h3>
      <p>{String(mine.name ?? "")}</p>
      <form action={action} className="row">
        <input type="hidden" name="id" value={p.facilityId} />
        <input type="hidden" name="locale" value={p.locale} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="mine" value={JSON.stringify(p.mine)} />
        <button type="submit" className="primary" disabled={busy}>
          {t.reapply}
        </button>
        <a href={p.reloadHref}>{t.reload}</a>
      </form>
    </section>
  );
}
