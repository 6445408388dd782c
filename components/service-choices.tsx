import { termName } from "@/lib/i18n/term-name";

/** The kinds of service as checkboxes named `dienst` (the search's and the referral page's forms). */
export function ServiceChoices({
  legend,
  services,
  chosen,
  locale,
}: {
  legend: string;
  services: { code: string; name: string; name_en: string }[];
  chosen: Set<string>;
  locale: string;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div className="choices">
        {services.map((s) => (
          <label key={s.code}>
            <input type="checkbox" name="dienst" value={s.code} defaultChecked={chosen.has(s.code)} />{" "}
            {termName(s, locale)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
