import { GemeenteOptions } from "@/components/gemeente-options";
import type { BeheerMessages } from "@/lib/i18n/beheer";

type Gemeente = { code: string; name: string };

/** The gemeenten an organisation works in: untick to remove, type a name to add. `action`: the page's server action. */
export function ServiceAreaForm({
  action,
  id,
  version,
  locale,
  serviceArea,
  gemeenten,
  t,
}: {
  action: (form: FormData) => Promise<void>;
  id: string;
  version: number;
  locale: string;
  serviceArea: string[];
  gemeenten: Gemeente[];
  t: BeheerMessages;
}) {
  const name = (code: string) => gemeenten.find((g) => g.code === code)?.name ?? code;
  return (
    <section aria-labelledby="area-title">
      <h2 id="area-title">{t.serviceArea}</h2>
      <form action={action} className="form">
        <input type="hidden" name="organization" value={id} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="locale" value={locale} />
        <fieldset className="field">
          <legend>{t.serviceArea}</legend>
          <p className="hint">{t.serviceAreaHint}</p>
          <div className="choices">
            {serviceArea.map((code) => (
              <label key={code}>
                <input type="checkbox" name="area" value={code} defaultChecked /> {name(code)} ({code})
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor="add">{t.addGemeente}</label>
          <input id="add" name="add" list="gemeente-list" autoComplete="off" maxLength={80} />
          <GemeenteOptions id="gemeente-list" gemeenten={gemeenten} />
        </div>
        <button type="submit" className="primary">
          {t.save}
        </button>
      </form>
    </section>
  );
}
