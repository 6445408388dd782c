import type { Change } from "@/lib/errors/app-error";
import type { FormState } from "@/lib/forms/form-state";
import type { BeheerMessages } from "@/lib/i18n/beheer";

import { BeforeAfterTable } from "./before-after-table";

// The head of a conflict panel: what went wrong with the last try, and what the other person changed, field by field.

export function TheirChanges(p: {
  state: FormState;
  theirs: Change[];
  labels: Record<string, string>;
  t: BeheerMessages;
  show: (v: unknown) => string;
}) {
  const { state, t } = p;
  return (
    <>
      {state.kind === "error" && <p className="problem">{state.message}</p>}
      {state.kind === "invalid" && <p className="problem">{Object.values(state.errors).join(" ")}</p>}
      <h3>{t.theirChanges}</h3>
      {p.theirs.length ? (
        <BeforeAfterTable
          rows={p.theirs.map((c) => ({
            key: c.field,
            label: p.labels[c.field] ?? c.field,
            before: p.show(c.before),
            after: p.show(c.after),
          }))}
          t={t}
        />
      ) : (
        <p>{t.unknownChanges}</p>
      )}
    </>
  );
}
