/** "Dealt with" for one report from the public; back to the page it was pressed on. `action`: the page's server
 *  action (components do not import app/). */
export function ResolveReport({
  id,
  back,
  locale,
  label,
  action,
}: {
  id: string;
  back: string;
  locale: string;
  label: string;
  action: (form: FormData) => Promise<void>;
}) {
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="report" value={id} />
      <input type="hidden" name="back" value={back} />
      <input type="hidden" name="locale" value={locale} />
      <button type="submit" className="secondary">
        {label}
      </button>
    </form>
  );
}
