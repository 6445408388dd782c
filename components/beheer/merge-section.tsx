import type { BeheerMessages } from "@/lib/i18n/beheer";

// Moderators only: this listing is a duplicate of another — merge it into that one (services, history, external
// ids, reports move there; this address redirects there). Asked by the other's page address, so a moderator copies
// it from the duplicate report or the public page.
export function MergeSection({
  action,
  id,
  locale,
  t,
}: {
  action: (form: FormData) => Promise<void>;
  id: string;
  locale: "nl" | "en";
  t: BeheerMessages;
}) {
  return (
    <section aria-labelledby="merge-title">
      <h2 id="merge-title">{t.mergeTitle}</h2>
      <p>{t.mergeIntro}</p>
      <form action={action} className="form">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="id" value={id} />
        <div className="field">
          <label htmlFor="merge-target">{t.mergeTarget}</label>
          <input id="merge-target" name="target" required maxLength={300} aria-describedby="merge-hint" />
          <p className="hint" id="merge-hint">
            {t.mergeHint}
          </p>
        </div>
        <button type="submit" className="secondary">
          {t.mergeButton}
        </button>
      </form>
    </section>
  );
}
