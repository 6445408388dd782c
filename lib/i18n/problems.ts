import { PAGE_PARAM_OF } from "../schemas/page-param-names";
import { problemWords } from "./catalogs";
import type { Locale } from "./locales";

// What our zod schemas (lib/schemas/*) say about bad input is English, for API clients. A page says it in its own
// language and in plain words: `problemText` reads a problem {parameter, detail} and returns a sentence in the page's
// locale. The rules below (which English message is which problem) are code; the words are the catalogs'
// (`problems` in messages/<locale>.json: `rules.<key>`, `fields.<page parameter>`, `fallback`, `line`,
// `errorTitle`). A message with no rule becomes "this field is not right: <field>" in that language — never the
// English text. problems.test.ts checks that every message the schemas can produce has a rule and every rule words
// in every language. Server only (the catalogs are imported statically).

export type ProblemLocale = Locale;
export type Problem = { parameter: string; detail: string };
type Key =
  | "tooLong"
  | "once"
  | "tooMany"
  | "unknownChoice"
  | "retiredChoice"
  | "position"
  | "area"
  | "numberRange"
  | "postcode"
  | "placeShort"
  | "placeChars"
  | "gemeenteCode"
  | "gemeenteUnknown"
  | "languageCode"
  | "oneChoice"
  | "oneOrigin"
  | "cursor"
  | "postcodeOrGemeente"
  | "radiusNeedsPostcode"
  | "radiusNeedsPlace"
  | "orInAreaNeedsRadius"
  | "serviceIds"
  | "noService"
  | "maxServices"
  | "unstorable"
  | "unknownField"
  | "unknownPostcode"
  | "unknownGemeente"
  | "number";

/** Detail → rule, first match wins. `$n` in the sentence comes from the match's groups. */
export const PROBLEM_RULES: readonly { key: Key; match: RegExp }[] = [
  { key: "tooLong", match: /^is (?:too long|longer than (\d+) characters)$/ },
  { key: "once", match: /^may be given only once$/ },
  { key: "tooMany", match: /^has too many values$/ },
  { key: "retiredChoice", match: /^(?:service code|audience) (.*) is no longer used; use one of: / },
  {
    key: "unknownChoice",
    match: /^unknown (?:service code|facility type|audience|cost|access route) (.*); use one of: /,
  },
  { key: "position", match: /^(?:must be <lat>,<lng>|(?:latitude|longitude) must be)/ },
  { key: "area", match: /^(?:must be <minLng>|is inverted or empty|(?:minLng|minLat|maxLng|maxLat) must be)/ },
  { key: "numberRange", match: /^must be (?:a whole number (?:of kilometres )?)?from (\d+) to (\d+)$/ },
  { key: "postcode", match: /^must be a Dutch postcode/ },
  { key: "placeShort", match: /^must be at least 2 characters$/ },
  { key: "placeChars", match: /^may contain only letters, digits, spaces/ },
  { key: "gemeenteCode", match: /^must be a CBS gemeente code/ },
  { key: "gemeenteUnknown", match: /^is not a gemeente we know/ },
  { key: "languageCode", match: /^must be ISO 639-1 codes/ },
  // z.enum / z.literal with our wording ("must be json or csv", "must be area, distance, name or organization"), and
  // zod's own "Invalid option: expected one of …" for an enum without one.
  { key: "oneChoice", match: /^(?:must be [^ ]+(?:, [^ ]+)* or [^ ]+|must be now|Invalid option)/ },
  { key: "oneOrigin", match: /^give only one of near, postcode and place/ },
  { key: "cursor", match: /^(?:is not a cursor from this API|belongs to a search with)/ },
  { key: "postcodeOrGemeente", match: /^give the client's postcode or a gemeente/ },
  { key: "radiusNeedsPostcode", match: /^needs a postcode to measure from$/ },
  { key: "radiusNeedsPlace", match: /^needs near, postcode or place to measure from$/ },
  { key: "orInAreaNeedsRadius", match: /^goes with radius_km$/ },
  { key: "serviceIds", match: /^must be (?:service ids from \/verwijzen|a service id)$/ },
  { key: "noService", match: /^must name at least one service$/ },
  { key: "maxServices", match: /^may name at most (\d+) services$/ },
  { key: "unstorable", match: /^contains a NUL character/ },
  { key: "unknownField", match: /^Unrecognized key/ },
  { key: "unknownPostcode", match: /^unknown postcode$/ },
  { key: "unknownGemeente", match: /^unknown gemeente$/ },
  { key: "number", match: /^is not a number$/ },
];

/** The catalog text a rule's match becomes, with its ICU arguments (from the match's groups). */
type Said = { key: `rules.${Key}` | "rules.tooLongMax"; values?: Record<string, string | number> };

function said(key: Key, groups: string[]): Said {
  const [a = "", b = ""] = groups;
  switch (key) {
    case "tooLong":
      return a ? { key: "rules.tooLongMax", values: { max: Number(a) } } : { key: "rules.tooLong" };
    case "unknownChoice":
      return { key: "rules.unknownChoice", values: { choice: a } };
    case "retiredChoice":
      return { key: "rules.retiredChoice", values: { choice: a } };
    case "numberRange":
      return { key: "rules.numberRange", values: { min: a, max: b } };
    case "maxServices":
      return { key: "rules.maxServices", values: { max: Number(a) } };
    default:
      return { key: `rules.${key}` };
  }
}

/** The page parameters the catalogs name (`problems.fields`), e.g. `q` → "postcode of plaats". */
export const PROBLEM_FIELDS = [
  "q",
  "gemeente",
  "dienst",
  "soort",
  "doelgroep",
  "taal",
  "toegang",
  "gratis",
  "straal",
  "sorteer",
  "bij",
  "na",
  "services",
  "lang",
  "open",
  "rolstoel",
  "kaart",
  "limit",
] as const;
type Field = (typeof PROBLEM_FIELDS)[number];
const isField = (v: string): v is Field => (PROBLEM_FIELDS as readonly string[]).includes(v);

/** The rule a detail falls under, or null (then the page shows the generic sentence). */
export const problemRule = (detail: string): Key | null => PROBLEM_RULES.find((r) => r.match.test(detail))?.key ?? null;

/** A problem in the page's words: "<field>: <sentence>", or the generic "this field is not right: <field>". */
export function problemText(problem: Problem, locale: ProblemLocale): string {
  const t = problemWords(locale);
  const name = PAGE_PARAM_OF[problem.parameter] ?? problem.parameter;
  const field = isField(name) ? t(`fields.${name}`) : name;
  for (const rule of PROBLEM_RULES) {
    const m = rule.match.exec(problem.detail);
    if (!m) continue;
    const { key, values } = said(
      rule.key,
      m.slice(1).map((g) => g ?? ""),
    );
    return t("line", { field: capitalise(field), problem: t(key, values) });
  }
  return t("fallback", { field });
}

/** The same for a list, ready for <ProblemList problems=…>. */
export const localiseProblems = <P extends Problem>(
  problems: readonly P[],
  locale: ProblemLocale,
): (P & { detail: string })[] => problems.map((p) => ({ ...p, detail: problemText(p, locale) }));

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** A page title for a page that shows an input error: "Fout: <title>" (GOV.UK's pattern), so it is heard first. */
export const errorTitle = (title: string, locale: ProblemLocale): string =>
  problemWords(locale)("errorTitle", { title });
