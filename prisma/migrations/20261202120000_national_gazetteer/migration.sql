-- National gazetteer (issue 12): a PC4 that crosses a gemeente border names the other gemeenten instead of the
-- geocoder guessing one; place keys get a trigram index so a misspelt place ("Utrect") finds suggestions.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE "postcode_area" ADD COLUMN "other_gemeente_codes" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];

CREATE INDEX "place_key_trgm_idx" ON "place" USING GIN ("key" gin_trgm_ops);
