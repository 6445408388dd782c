import { GemeenteOptions } from "@/components/gemeente-options";
import { ServiceChoices } from "@/components/service-choices";
import { localePath } from "@/lib/i18n/locales";
import type { ReferralLocale, ReferralT } from "@/lib/i18n/referral";
import { termName } from "@/lib/i18n/term-name";
import { HELP_LANGUAGES, languageName } from "@/lib/reference/languages";
import { ACCESS_ROUTES } from "@/lib/schemas/common";
import { REFERRAL_DEFAULT_KM, type ReferralPageQuery } from "@/lib/schemas/referral-page";
import type { Taxonomy } from "@/lib/server/taxonomy/list-taxonomy";

const RADII = [2, 5, 10, 25, 50];

type Props = {
  page: ReferralPageQuery;
  /** the page's values of a parameter (dienst, toegang) */
  selected: (key: string) => Set<string>;
  /** the referral list, kept when the search changes */
  chosen: string[];
  taxonomy: Taxonomy;
  gemeenten: { code: string; name: string }[];
  t: ReferralT;
  locale: ReferralLocale;
};

/** /verwijzen's plain GET form: where the client lives, what they need, and how they can get it. */
export function ReferralForm(props: Props) {
  const { page, selected, chosen, taxonomy, t, locale } = props;
  return (
    <form method="get" action={localePath(locale, "/verwijzen")} className="search referral-form">
      {chosen.length > 0 && <input type="hidden" name="lijst" value={chosen.join(",")} />}
      <PlaceFields {...props} />
      <ServiceChoices legend={t("kinds")} services={taxonomy.services} chosen={selected("dienst")} locale={locale} />
      <div className="fields">
        <div>
          <label htmlFor="doelgroep">{t("audience")}</label>
          <select id="doelgroep" name="doelgroep" defaultValue={page.query?.audience?.[0] ?? ""}>
            <option value="">{t("all")}</option>
            {taxonomy.audiences.map((a) => (
              <option key={a.code} value={a.code}>
                {termName(a, locale)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="taal">{t("helpLanguage")}</label>
          <select id="taal" name="taal" defaultValue={page.query?.language?.[0] ?? ""}>
            <option value="">{t("all")}</option>
            {HELP_LANGUAGES.map((l) => (
              <option key={l} value={l} lang={l}>
                {languageName(l, locale)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset>
        <legend>{t("accessLegend")}</legend>
        <div className="choices">
          {ACCESS_ROUTES.map((a) => (
            <label key={a}>
              <input type="checkbox" name="toegang" value={a} defaultChecked={selected("toegang").has(a)} />{" "}
              {t(`access.${a}`)}
            </label>
          ))}
          <label>
            <input
              type="checkbox"
              name="gratis"
              value="ja"
              defaultChecked={page.query?.cost?.includes("free") ?? false}
            />{" "}
            {t("freeOnly")}
          </label>
        </div>
      </fieldset>
      <button type="submit">{t("search")}</button>
    </form>
  );
}

/** Postcode or gemeente, and how far. */
function PlaceFields({ page, gemeenten, t }: Props) {
  return (
    <div className="fields">
      <div>
        <label htmlFor="q">{t("postcode")}</label>
        <p id="q-hint" className="hint">
          {t("postcodeHint")}
        </p>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={page.postcode}
          aria-describedby="q-hint"
          maxLength={20}
          autoComplete="off"
        />
      </div>
      <div>
        <label htmlFor="gemeente">{t("gemeente")}</label>
        <p id="g-hint" className="hint">
          {t("gemeenteHint")}
        </p>
        <input
          id="gemeente"
          name="gemeente"
          type="search"
          list="gemeenten"
          defaultValue={page.gemeente}
          aria-describedby="g-hint"
          maxLength={80}
          autoComplete="off"
        />
        <GemeenteOptions id="gemeenten" gemeenten={gemeenten} />
      </div>
      <div>
        <label htmlFor="straal">{t("radius")}</label>
        <p id="straal-hint" className="hint">
          {t("radiusHint")}
        </p>
        <select
          id="straal"
          name="straal"
          aria-describedby="straal-hint"
          defaultValue={
            page.query?.radius_km ? String(page.query.radius_km) : page.postcode ? "alle" : String(REFERRAL_DEFAULT_KM)
          }
        >
          <option value="alle">{t("noLimit")}</option>
          {RADII.map((r) => (
            <option key={r} value={r}>
              {r} km
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
