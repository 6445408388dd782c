import { plainDocument } from "@/lib/http/plain-document";
import { CATALOGS } from "@/lib/i18n/catalogs";
import { dirOf, localePath, LOCALES } from "@/lib/i18n/locales";

// The HTML a person gets for a short link that does not exist (a letter mistyped from a printed sheet): a whole small
// document, so the status stays 404. The link carries no language, so it says it in all six languages of the sheet,
// each marked with its own lang and dir and linking to the start page in its language.

export function shortLinkNotFoundHtml(): string {
  return plainDocument({
    lang: "nl",
    dir: "ltr",
    title: CATALOGS.nl.shortLink.unknownTitle,
    sections: LOCALES.map((l) => {
      const m = CATALOGS[l].shortLink;
      return {
        lang: l,
        dir: dirOf(l),
        heading: m.unknownTitle,
        text: m.unknownBody,
        link: { href: localePath(l, "/"), label: m.unknownAgain },
      };
    }),
  });
}
