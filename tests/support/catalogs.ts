import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";

// Reading and checking the message catalogs (messages/<locale>.json) for tests/i18n. One check serves every
// language, a new one (see the pseudo-locale test) included.

export type Catalog = { [key: string]: string | Catalog };

/** Namespaces only the member area uses: only its languages (MEMBER_LOCALES) carry them. */
export const MEMBER_NAMESPACES = ["beheer", "taxonomy"];
/** Counts the plural test renders: one of each CLDR category in the languages we have, and some more. */
export const COUNTS = [0, 1, 2, 3, 5, 11, 100];

export const readCatalog = (locale: string): Catalog =>
  JSON.parse(readFileSync(join(process.cwd(), "messages", `${locale}.json`), "utf8")) as Catalog;

/** Every message as [dotted key, ICU text]. */
export function flatten(c: Catalog, prefix = ""): [string, string][] {
  return Object.entries(c).flatMap(([k, v]) =>
    typeof v === "string" ? [[`${prefix}${k}`, v] as [string, string]] : flatten(v, `${prefix}${k}.`),
  );
}

type Plural = { name: string; options: string[]; ordinal: boolean };

/** The argument names and plural choices of one ICU message (throws when it does not parse). */
export function shape(message: string): { args: Set<string>; plurals: Plural[] } {
  const args = new Set<string>();
  const plurals: Plural[] = [];
  const walk = (els: MessageFormatElement[]) => {
    for (const el of els) {
      if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
      if (el.type === TYPE.tag) {
        walk(el.children);
        continue;
      }
      args.add(el.value);
      if (el.type === TYPE.plural)
        plurals.push({ name: el.value, options: Object.keys(el.options), ordinal: el.pluralType === "ordinal" });
      if (el.type === TYPE.plural || el.type === TYPE.select) for (const o of Object.values(el.options)) walk(o.value);
    }
  };
  walk(parse(message, { ignoreTag: false }));
  return { args, plurals };
}

/**
 * What is wrong with one language's catalog against the Dutch one: keys missing or extra, messages that do not
 * parse, other arguments than the Dutch message's, and plurals without the form a count needs in that language
 * (the CLDR category Intl.PluralRules gives, or an exact `=n`).
 */
export function catalogProblems(locale: string, catalog: Catalog, dutch: Catalog, member: boolean): string[] {
  const problems: string[] = [];
  const wanted = new Map(flatten(dutch).filter(([k]) => member || !MEMBER_NAMESPACES.includes(k.split(".")[0]!)));
  const have = new Map(flatten(catalog));
  for (const k of wanted.keys()) if (!have.has(k)) problems.push(`${locale}: missing ${k}`);
  for (const k of have.keys()) if (!wanted.has(k)) problems.push(`${locale}: extra ${k} (not in nl.json)`);
  const rules = new Intl.PluralRules(locale);
  for (const [k, text] of have) {
    const nl = wanted.get(k);
    if (nl === undefined) continue;
    let s: ReturnType<typeof shape>;
    try {
      s = shape(text);
    } catch (e) {
      problems.push(`${locale}: ${k} does not parse: ${(e as Error).message}`);
      continue;
    }
    const expected = [...shape(nl).args].sort().join(",");
    const got = [...s.args].sort().join(",");
    if (got !== expected) problems.push(`${locale}: ${k} has arguments {${got}}, Dutch has {${expected}}`);
    for (const p of s.plurals.filter((x) => !x.ordinal)) {
      for (const n of COUNTS) {
        const category = rules.select(n);
        if (!p.options.includes(`=${n}`) && !p.options.includes(category))
          problems.push(`${locale}: ${k} {${p.name}, plural} has no "${category}" form (needed for ${n})`);
      }
    }
  }
  return problems;
}
