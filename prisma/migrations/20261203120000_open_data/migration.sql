-- Real data in and out (issue 15): where a listing came from, imports as batches, merges, and the mapping of other
-- taxonomies onto ours.

-- The national building register's id (BAG verblijfsobject/pand), when the source gives it: the strongest sign that
-- two listings are the same place.
ALTER TABLE "facility" ADD COLUMN "bag_id" TEXT;
-- Set when the point was worked out from the postcode on import (no coordinates in the file): shown as approximate.
ALTER TABLE "facility" ADD COLUMN "location_approximate" BOOLEAN NOT NULL DEFAULT false;
CREATE INDEX "facility_bag_id_idx" ON "facility" ("bag_id");
CREATE INDEX "facility_postcode_house_number_idx" ON "facility" ("postcode", "house_number");
-- "Within 75 m": a box search on the ETRS89-LAEA point.
CREATE INDEX "facility_pt_idx" ON "facility" USING GIST ("pt");

-- A listing's identity in a source it was imported from: `osm:node/123`, `hsds:<uuid>`, `csv:<org>/<id>`. Re-importing
-- finds the listing by this key (idempotent imports); a merge moves the keys to the facility that is kept. The
-- licence and attribution are the source's, kept per record (OpenStreetMap data stays ODbL and is credited).
CREATE TABLE "external_ref" (
  "key" TEXT NOT NULL,
  "entity_type" "EntityType" NOT NULL,
  "entity_id" UUID NOT NULL,
  "source" TEXT NOT NULL,
  "licence" TEXT,
  "attribution" TEXT,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "external_ref_pkey" PRIMARY KEY ("key")
);
CREATE INDEX "external_ref_entity_type_entity_id_idx" ON "external_ref" ("entity_type", "entity_id");

-- One import of one file: its report, and whether it went live or waits for a moderator.
CREATE TABLE "import_batch" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "organization_id" UUID,
  "format" TEXT NOT NULL,
  "file_name" TEXT NOT NULL,
  -- applied | pending | rejected
  "status" TEXT NOT NULL,
  "report" JSONB NOT NULL,
  "created_by_id" TEXT,
  "created_by_label" TEXT NOT NULL,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "decided_at" TIMESTAMPTZ(3),
  CONSTRAINT "import_batch_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "import_batch_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE INDEX "import_batch_organization_id_created_at_idx" ON "import_batch" ("organization_id", "created_at");
ALTER TABLE "change_request" ADD COLUMN "import_batch_id" UUID;
ALTER TABLE "change_request" ADD CONSTRAINT "change_request_import_batch_id_fkey" FOREIGN KEY ("import_batch_id") REFERENCES "import_batch" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "change_request_import_batch_id_idx" ON "change_request" ("import_batch_id");

-- The old address of a facility merged into another: /locaties/<old> redirects to the kept one.
CREATE TABLE "facility_slug_redirect" (
  "old_slug" TEXT NOT NULL,
  "facility_id" UUID NOT NULL,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "facility_slug_redirect_pkey" PRIMARY KEY ("old_slug"),
  CONSTRAINT "facility_slug_redirect_facility_id_fkey" FOREIGN KEY ("facility_id") REFERENCES "facility" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- Other taxonomies' terms (an HSDS file's taxonomy_term ids, codes or names, lower case) mapped onto ours.
CREATE TABLE "taxonomy_mapping" (
  "term" TEXT NOT NULL,
  "code" TEXT NOT NULL,
  CONSTRAINT "taxonomy_mapping_pkey" PRIMARY KEY ("term"),
  CONSTRAINT "taxonomy_mapping_code_fkey" FOREIGN KEY ("code") REFERENCES "taxonomy_term" ("code") ON DELETE CASCADE ON UPDATE CASCADE
);
