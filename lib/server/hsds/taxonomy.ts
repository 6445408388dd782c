import "server-only";

import type pg from "pg";

import { TAXONOMY_ID, termId } from "../../hsds/ids";
import { pageOffset, toPage } from "../../hsds/page";
import { TAXONOMY, toTaxonomyTerm } from "../../hsds/taxonomy";
import { parseAnswer } from "../../schemas/answer";
import { ZHsdsTaxonomy, ZHsdsTaxonomyTerm } from "../../schemas/hsds";
import type { THsdsListQuery, THsdsTaxonomyTermsQuery } from "../../schemas/hsds-query";
import { allTerms } from "./load-rows";

// GET /api/hsds/taxonomies and taxonomy_terms: one taxonomy ("Buurtwijzer") and its few dozen terms, read whole and
// paged in memory.

const matches = (search: string | undefined, ...texts: string[]) =>
  !search || texts.some((t) => t.toLocaleLowerCase("nl").includes(search.toLocaleLowerCase("nl")));

const slice = <T>(all: T[], q: THsdsListQuery) =>
  toPage(all.slice(pageOffset(q), pageOffset(q) + q.per_page), all.length, q);

const taxonomies = (q: THsdsListQuery) =>
  [TAXONOMY].filter((t) => matches(q.search, t.name, t.description)).map((t) => parseAnswer(ZHsdsTaxonomy, t));

export const taxonomiesPage = (q: THsdsListQuery) => slice(taxonomies(q), q);
export const taxonomiesAll = (q: THsdsListQuery) => taxonomies(q);
export const taxonomyDetail = (id: string) =>
  id.toLowerCase() === TAXONOMY_ID ? parseAnswer(ZHsdsTaxonomy, TAXONOMY) : null;

async function terms(pool: pg.Pool, q: THsdsTaxonomyTermsQuery) {
  if (q.taxonomy_id && q.taxonomy_id.toLowerCase() !== TAXONOMY_ID) return [];
  return (await allTerms(pool))
    .filter((t) => matches(q.search, t.code, t.label_nl, t.label_en))
    .map((t) => parseAnswer(ZHsdsTaxonomyTerm, toTaxonomyTerm(t)));
}

export const termsPage = async (pool: pg.Pool, q: THsdsTaxonomyTermsQuery) => slice(await terms(pool, q), q);
export const termsAll = terms;

/** taxonomy_terms/{id}, with its taxonomy; null for an id that is not one of our terms. */
export async function termDetail(pool: pg.Pool, id: string) {
  const t = (await allTerms(pool)).find((x) => termId(x.code) === id.toLowerCase());
  return t ? parseAnswer(ZHsdsTaxonomyTerm, toTaxonomyTerm(t, { detail: true })) : null;
}
