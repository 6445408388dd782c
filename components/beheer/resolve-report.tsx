import { resolve } from "@/app/(beheer)/beheer/edit-actions";

/** "Dealt with" for one report from the public; back to the page it was pressed on. */
export function ResolveReport({ id, back, locale, label }: { id: string; back: string; locale: string; label: string }) {
  return (
    <form action={resolve} className="inline-form">
      <input type="hidden" name="report" value={id} />
      <input type="hidden" name="back" value={back} />
      <input type="hidden" name="locale" value={locale} />
      <button type="submit" className="secondary">{label}</button>
    </form>
  );
}
