-- Taxonomy names in every language of the site, edited by moderators (issue 14 §4): Dutch and English stay in their
-- columns; the other languages' names are a JSON object by language code ({"ar": "…", "tr": "…"}), so a seventh
-- language needs no migration. A retired term is no longer offered in filters, forms or the API's lists; services
-- keep it, and an old link that asks for it is told so.
ALTER TABLE "taxonomy_term" ADD COLUMN "labels" JSONB NOT NULL DEFAULT '{}';
ALTER TABLE "taxonomy_term" ADD COLUMN "retired_at" TIMESTAMPTZ(3);
