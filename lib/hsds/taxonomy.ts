import type { THsdsTaxonomyTerm } from "../schemas/hsds";
import { TAXONOMY_ID, termId } from "./ids";
import type { TermRow } from "./rows";

// Our taxonomy (table taxonomy_term: kinds of help and audiences in one list) as one HSDS taxonomy, "Buurtwijzer".
// A term's name is its Dutch label; its description says its kind and gives the English label (HSDS has one name and
// one language per term). Retired terms stay listed: services and old links still name them.

export const TAXONOMY = {
  id: TAXONOMY_ID,
  name: "Buurtwijzer",
  description:
    "Soorten hulp en activiteiten (service) en doelgroepen (audience) van Buurtwijzer, de wegwijzer naar buurthuizen " +
    "en hulp in de buurt. Kinds of help and activities, and audiences.",
  version: "1",
};

export function toTaxonomyTerm(t: TermRow, { detail = false } = {}): THsdsTaxonomyTerm {
  return {
    id: termId(t.code),
    code: t.code,
    name: t.label_nl,
    description:
      t.kind === "service" ? `Soort hulp of activiteit. English: ${t.label_en}` : `Doelgroep. English: ${t.label_en}`,
    taxonomy: TAXONOMY.name,
    taxonomy_id: TAXONOMY.id,
    language: "nl",
    ...(detail ? { taxonomy_detail: TAXONOMY } : {}),
  };
}
