-- CreateEnum
CREATE TYPE "FacilityType" AS ENUM ('buurthuis', 'dorpshuis', 'wijkcentrum', 'buurtkamer', 'kantoor', 'anders');

-- CreateEnum
CREATE TYPE "Wheelchair" AS ENUM ('yes', 'limited', 'no', 'unknown');

-- CreateEnum
CREATE TYPE "FacilityStatus" AS ENUM ('active', 'temporarily_closed', 'closed');

-- CreateEnum
CREATE TYPE "Cost" AS ENUM ('free', 'contribution', 'paid');

-- CreateEnum
CREATE TYPE "AccessRoute" AS ENUM ('walk_in', 'appointment', 'referral');

-- CreateEnum
CREATE TYPE "TaxonomyKind" AS ENUM ('service', 'audience');

-- CreateTable
CREATE TABLE "organization" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "website" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "kvk_number" TEXT,
    "is_member" BOOLEAN NOT NULL DEFAULT false,
    "service_area" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "facility" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" "FacilityType" NOT NULL,
    "street" TEXT NOT NULL,
    "house_number" TEXT NOT NULL,
    "house_number_addition" TEXT,
    "postcode" TEXT NOT NULL,
    "place" TEXT NOT NULL,
    "gemeente_code" TEXT NOT NULL,
    "lat" DOUBLE PRECISION NOT NULL,
    "lng" DOUBLE PRECISION NOT NULL,
    "pt" point,
    "phone" TEXT,
    "email" TEXT,
    "website" TEXT,
    "description" TEXT NOT NULL DEFAULT '',
    "opening_hours" TEXT,
    "wheelchair" "Wheelchair" NOT NULL DEFAULT 'unknown',
    "status" "FacilityStatus" NOT NULL DEFAULT 'active',
    "operator_id" UUID,
    "last_verified_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "facility_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "languages" TEXT[] DEFAULT ARRAY['nl']::TEXT[],
    "cost" "Cost" NOT NULL DEFAULT 'free',
    "cost_text" TEXT,
    "access" "AccessRoute"[] DEFAULT ARRAY['walk_in']::"AccessRoute"[],
    "eligibility" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "website" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "service_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_at_location" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "service_id" UUID NOT NULL,
    "facility_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "service_at_location_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "taxonomy_term" (
    "code" TEXT NOT NULL,
    "kind" "TaxonomyKind" NOT NULL,
    "label_nl" TEXT NOT NULL,
    "label_en" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "search_slot" SERIAL NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "taxonomy_term_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "service_term" (
    "service_id" UUID NOT NULL,
    "term_code" TEXT NOT NULL,

    CONSTRAINT "service_term_pkey" PRIMARY KEY ("service_id","term_code")
);

-- CreateTable
CREATE TABLE "gemeente" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "province" TEXT NOT NULL DEFAULT '',
    "lat" DOUBLE PRECISION NOT NULL,
    "lng" DOUBLE PRECISION NOT NULL,
    "population" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "gemeente_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "postcode_area" (
    "pc4" TEXT NOT NULL,
    "place" TEXT NOT NULL,
    "gemeente_code" TEXT,
    "lat" DOUBLE PRECISION NOT NULL,
    "lng" DOUBLE PRECISION NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'builtin',

    CONSTRAINT "postcode_area_pkey" PRIMARY KEY ("pc4")
);

-- CreateTable
CREATE TABLE "place" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "gemeente_code" TEXT NOT NULL,
    "lat" DOUBLE PRECISION NOT NULL,
    "lng" DOUBLE PRECISION NOT NULL,
    "rank" INTEGER NOT NULL DEFAULT 0,
    "source" TEXT NOT NULL DEFAULT 'builtin',

    CONSTRAINT "place_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "facility_search" (
    "facility_id" UUID NOT NULL,
    "term" TEXT NOT NULL,
    "kpt" point NOT NULL,
    "lat" DOUBLE PRECISION NOT NULL,
    "lng" DOUBLE PRECISION NOT NULL,
    "type" "FacilityType" NOT NULL,
    "wheelchair" "Wheelchair" NOT NULL,
    "free" BOOLEAN NOT NULL,
    "audiences" TEXT[],
    "languages" TEXT[],
    "service_terms" TEXT[],

    CONSTRAINT "facility_search_pkey" PRIMARY KEY ("facility_id","term")
);

-- CreateIndex
CREATE UNIQUE INDEX "organization_slug_key" ON "organization"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "facility_slug_key" ON "facility"("slug");

-- CreateIndex
CREATE INDEX "facility_operator_id_idx" ON "facility"("operator_id");

-- CreateIndex
CREATE INDEX "facility_gemeente_code_idx" ON "facility"("gemeente_code");

-- CreateIndex
CREATE INDEX "service_organization_id_idx" ON "service"("organization_id");

-- CreateIndex
CREATE INDEX "service_at_location_facility_id_idx" ON "service_at_location"("facility_id");

-- CreateIndex
CREATE UNIQUE INDEX "service_at_location_service_id_facility_id_key" ON "service_at_location"("service_id", "facility_id");

-- CreateIndex
CREATE UNIQUE INDEX "taxonomy_term_search_slot_key" ON "taxonomy_term"("search_slot");

-- CreateIndex
CREATE INDEX "service_term_term_code_idx" ON "service_term"("term_code");

-- CreateIndex
CREATE INDEX "postcode_area_gemeente_code_idx" ON "postcode_area"("gemeente_code");

-- CreateIndex
CREATE INDEX "place_key_idx" ON "place"("key");

-- CreateIndex
CREATE UNIQUE INDEX "place_key_gemeente_code_name_key" ON "place"("key", "gemeente_code", "name");

-- CreateIndex
CREATE INDEX "facility_search_kpt_idx" ON "facility_search" USING GIST ("kpt");

-- AddForeignKey
ALTER TABLE "facility" ADD CONSTRAINT "facility_operator_id_fkey" FOREIGN KEY ("operator_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service" ADD CONSTRAINT "service_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_at_location" ADD CONSTRAINT "service_at_location_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_at_location" ADD CONSTRAINT "service_at_location_facility_id_fkey" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_term" ADD CONSTRAINT "service_term_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_term" ADD CONSTRAINT "service_term_term_code_fkey" FOREIGN KEY ("term_code") REFERENCES "taxonomy_term"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "facility_search" ADD CONSTRAINT "facility_search_facility_id_fkey" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ===========================================================================================================
-- Hand-written below: geo functions, the projected point trigger and the search index. `migrate dev` leaves
-- functions, triggers and views alone.

-- ETRS89-LAEA (EPSG:3035) forward projection, ellipsoidal formulas of EPSG Guidance Note 7-2 (Lambert Azimuthal
-- Equal Area), GRS80 ellipsoid (a = 6 378 137 m, 1/f = 298.257222101), origin 52°N 10°E, false easting 4 321 000 m,
-- false northing 3 210 000 m. Covers the Netherlands and Flanders alike. Returns point(E, N) in metres; WGS84 and
-- ETRS89 differ by < 1 m here. The constants below are the formula's terms that depend only on the ellipsoid and
-- the origin (e, e², q_P, sin β0, cos β0, R_q, D), evaluated once; plpgsql (not a multi-CTE SQL function) because a
-- non-inlinable SQL function is planned anew on every call (1.3 ms instead of microseconds).
CREATE FUNCTION laea_3035(lat double precision, lng double precision) RETURNS point
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  e   CONSTANT double precision := 0.08181919104281579;
  e2  CONSTANT double precision := 0.006694380022900787;
  qp  CONSTANT double precision := 1.9955310874809387;
  sb0 CONSTANT double precision := 0.7866706332158556;
  cb0 CONSTANT double precision := 0.6173729139148921;
  rq  CONSTANT double precision := 6371007.1808835175;
  dd  CONSTANT double precision := 1.0004253945280137;
  s   double precision := sin(radians(lat));
  dl  double precision := radians(lng - 10);
  beta double precision;
  b   double precision;
BEGIN
  beta := asin(least(1.0, greatest(-1.0,
    (1 - e2) * (s / (1 - e2 * s * s) - (1 / (2 * e)) * ln((1 - e * s) / (1 + e * s))) / qp)));
  b := rq * sqrt(2 / (1 + sb0 * sin(beta) + cb0 * cos(beta) * cos(dl)));
  RETURN point(4321000 + b * dd * cos(beta) * sin(dl), 3210000 + (b / dd) * (cb0 * sin(beta) - sb0 * cos(beta) * cos(dl)));
END
$$;

-- Great-circle distance in metres on the mean Earth sphere (R = 6 371 008.8 m): what the API reports.
CREATE FUNCTION haversine_m(lat1 double precision, lng1 double precision, lat2 double precision, lng2 double precision)
RETURNS double precision LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT 2 * 6371008.8 * asin(least(1.0, sqrt(
    sin(radians(lat2 - lat1) / 2) ^ 2 + cos(radians(lat1)) * cos(radians(lat2)) * sin(radians(lng2 - lng1) / 2) ^ 2)))
$$;

CREATE FUNCTION facility_set_pt() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.pt := laea_3035(NEW.lat, NEW.lng);
  RETURN NEW;
END
$$;

CREATE TRIGGER facility_set_pt BEFORE INSERT OR UPDATE OF lat, lng ON "facility"
FOR EACH ROW EXECUTE FUNCTION facility_set_pt();

CREATE AGGREGATE text_array_concat(text[]) (SFUNC = array_cat, STYPE = text[], INITCOND = '{}');

CREATE FUNCTION text_array_distinct(text[]) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT ARRAY(SELECT DISTINCT x FROM unnest($1) AS x ORDER BY x) $$;

-- What facility_search should hold for the given facilities (NULL: all): one row per (facility, service term) of its
-- services, plus one row with term '' for every non-closed facility (with or without services). Service-level
-- filters (free, audiences, languages) are aggregated per row: "some service of this term here is free", the union
-- of audiences and languages. Built with EXECUTE so each call is planned for its own filter: with a list of ids the
-- work is a few index lookups, not a pass over every facility.
CREATE FUNCTION facility_search_rows(ids uuid[]) RETURNS SETOF facility_search LANGUAGE plpgsql STABLE AS $fn$
BEGIN
  RETURN QUERY EXECUTE format($q$
    WITH service_attrs AS (
      -- per service once (there are far fewer services than service locations)
      SELECT s.id, s.cost = 'free' AS free, s.languages,
        coalesce(array_agg(st.term_code) FILTER (WHERE t.kind = 'audience'), '{}') AS audiences,
        coalesce(array_agg(st.term_code) FILTER (WHERE t.kind = 'service'), '{}') AS terms
      FROM service s
      LEFT JOIN service_term st ON st.service_id = s.id
      LEFT JOIN taxonomy_term t ON t.code = st.term_code
      WHERE %1$s
      GROUP BY s.id
    ), svc AS (
      SELECT sal.facility_id, a.free, a.languages, a.audiences, a.terms
      FROM service_at_location sal JOIN service_attrs a ON a.id = sal.service_id
      WHERE %2$s
    ), per_term AS (
      SELECT facility_id, term, free, audiences, languages FROM svc CROSS JOIN LATERAL unnest(terms) AS term
      UNION ALL
      SELECT facility_id, '' AS term, free, audiences, languages FROM svc
      UNION ALL
      SELECT id, '', false, '{}', '{}' FROM facility WHERE %3$s
    ), agg AS (
      -- audiences and languages only feed overlap (&&) filters, so duplicates are harmless and not worth removing
      -- (removing them doubled the time of a full rebuild).
      SELECT facility_id, term, bool_or(free) AS free,
        text_array_concat(audiences) AS audiences,
        text_array_concat(languages) AS languages
      FROM per_term GROUP BY facility_id, term
    ), all_terms AS (
      SELECT facility_id, text_array_distinct(text_array_concat(terms)) AS service_terms FROM svc GROUP BY facility_id
    )
    SELECT f.id, agg.term, point(f.pt[0] + coalesce(tt.search_slot, 0) * 1e8, f.pt[1]), f.lat, f.lng, f.type,
      f.wheelchair, agg.free, agg.audiences, agg.languages, coalesce(all_terms.service_terms, '{}')
    FROM agg JOIN facility f ON f.id = agg.facility_id LEFT JOIN all_terms ON all_terms.facility_id = agg.facility_id
      LEFT JOIN taxonomy_term tt ON tt.code = agg.term
    WHERE f.status <> 'closed'
  $q$,
    CASE WHEN ids IS NULL THEN 'true' ELSE 's.id IN (SELECT service_id FROM service_at_location WHERE facility_id = ANY($1))' END,
    CASE WHEN ids IS NULL THEN 'true' ELSE 'sal.facility_id = ANY($1)' END,
    CASE WHEN ids IS NULL THEN 'true' ELSE 'id = ANY($1)' END)
  USING ids;
END
$fn$;

CREATE VIEW facility_search_source AS SELECT * FROM facility_search_rows(NULL);

-- Rebuilds the search rows of the given facilities (NULL: all). Call it in the same transaction as any write
-- to facility, service, service_at_location or service_term.
CREATE FUNCTION refresh_facility_search(ids uuid[]) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE n integer;
BEGIN
  IF ids IS NULL THEN
    DELETE FROM facility_search;
  ELSE
    DELETE FROM facility_search WHERE facility_id = ANY(ids);
  END IF;
  INSERT INTO facility_search SELECT * FROM facility_search_rows(ids);
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN n;
END
$$;
