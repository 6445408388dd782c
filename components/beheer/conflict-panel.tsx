"use client";

import { useActionState } from "react";

import { DataTable } from "@/components/beheer/data-table";
import { TheirChanges } from "@/components/beheer/their-changes";
import { programmeSummary } from "@/lib/activities/summary";
import type { Change } from "@/lib/errors/app-error";
import type { FormState } from "@/lib/forms/form-state";
import type { BeheerMessages } from "@/lib/i18n/beheer";

// "Someone else just changed this": what they changed, what you changed, and the two ways on — apply your changes to
// the new version (a new save over it), or reload and drop yours. Never a silent overwrite.

const show = (v: unknown, locale: "nl" | "en") =>
  v === null || v === undefined || v === ""
    ? "—"
    : (programmeSummary(v, locale) ?? (Array.isArray(v) ? v.join(", ") : String(v)));

export function ConflictPanel(p: {
  type: "facility" | "service" | "organization";
  id: string;
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
  return (
    <section className="warning" role="alert" aria-labelledby="conflict-title">
      <h2 id="conflict-title">{p.type === "facility" ? t.conflictTitle : t.conflictTitleOther}</h2>
      <p>{t.conflictIntro}</p>
      <TheirChanges state={state} theirs={theirs} labels={p.labels} t={t} show={(v) => show(v, p.locale)} />
      <h3>{t.yourChanges}</h3>
      <DataTable head={[t.field, t.now]}>
        {Object.entries(p.mine).map(([k, v]) => (
          <tr key={k}>
            <th scope="row">{p.labels[k] ?? k}</th>
            <td>{show(v, p.locale)}</td>
          </tr>
        ))}
      </DataTable>
      <form action={action} className="row">
        <input type="hidden" name="type" value={p.type} />
        <input type="hidden" name="id" value={p.id} />
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
