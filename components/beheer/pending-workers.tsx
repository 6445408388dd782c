import { ButtonForm } from "@/components/beheer/button-form";
import type { BeheerMessages } from "@/lib/i18n/beheer";

type Worker = { userId: string; organisation: string; createdAt: Date; user: { name: string; email: string } };

/** Social workers' registrations waiting for a moderator. `decide`: the page's server action. */
export function PendingWorkers({
  workers,
  decide,
  fmt,
  t,
  locale,
}: {
  workers: Worker[];
  decide: (form: FormData) => Promise<void>;
  /** the page's date format */
  fmt: { format: (d: Date) => string };
  t: BeheerMessages;
  locale: string;
}) {
  const choices = [
    ["approve", t.approve, "primary"],
    ["reject", t.reject, "secondary"],
  ] as const;
  return (
    <section aria-labelledby="workers-title">
      <h2 id="workers-title">
        {t.workersTitle} ({workers.length})
      </h2>
      <ul className="results">
        {workers.map((w) => (
          <li key={w.userId} className="card">
            <p>
              {w.user.name} ({w.user.email}) — {w.organisation} · {fmt.format(w.createdAt)}
            </p>
            <div className="row">
              {choices.map(([decision, label, look]) => (
                <ButtonForm key={decision} action={decide} fields={{ user: w.userId, decision, locale }} look={look}>
                  {label}: {w.user.name}
                </ButtonForm>
              ))}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
