import type { BeheerMessages } from "@/lib/i18n/beheer";

/** "Alles klopt nog": when the listing was last checked, and the button that says it still is. */
export function VerifySection({
  action,
  id,
  lastVerifiedAt,
  fmt,
  locale,
  t,
}: {
  action: (form: FormData) => Promise<void>;
  id: string;
  lastVerifiedAt: Date | null;
  /** the page's date format */
  fmt: { format: (d: Date) => string };
  locale: string;
  t: BeheerMessages;
}) {
  return (
    <section aria-labelledby="verify-title">
      <h2 id="verify-title">{t.verifyTitle}</h2>
      <p>
        {t.lastChecked}: {lastVerifiedAt ? fmt.format(lastVerifiedAt) : t.never}
      </p>
      <form action={action}>
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className="primary">
          {t.verifyButton}
        </button>
      </form>
    </section>
  );
}
