-- Map clusters at any scale: per search term, the facilities counted in 16 × 16 px screen cells of the Web Mercator
-- grid (256 px tiles) at zoom levels 5–12. A zoom-z cell is exactly four zoom-(z+1) cells, so each level is built
-- from the one below. GET /api/v1/clusters reads these cells for term-only queries, so showing the whole country
-- costs a few thousand rows however many facilities there are. Kept current by refresh_facility_search.

CREATE TABLE "facility_cell" (
    "term" TEXT NOT NULL,
    "z" SMALLINT NOT NULL,
    "cx" INTEGER NOT NULL,
    "cy" INTEGER NOT NULL,
    "n" INTEGER NOT NULL,
    "lat_sum" DOUBLE PRECISION NOT NULL,
    "lng_sum" DOUBLE PRECISION NOT NULL,
    "s" DOUBLE PRECISION NOT NULL,
    "w" DOUBLE PRECISION NOT NULL,
    "nn" DOUBLE PRECISION NOT NULL,
    "e" DOUBLE PRECISION NOT NULL,
    "one" UUID,

    CONSTRAINT "facility_cell_pkey" PRIMARY KEY ("term","z","cx","cy")
);

CREATE TYPE facility_cell_key AS (term text, cx integer, cy integer);

-- The 16 px cell of a position at zoom z: 256 · 2^z / 16 = 2^(z+4) cells around the world.
CREATE FUNCTION cell_x(lng double precision, z integer) RETURNS integer
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT floor((lng + 180) / 360 * 2 ^ (z + 4))::integer $$;
CREATE FUNCTION cell_y(lat double precision, z integer) RETURNS integer
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT floor((0.5 - ln(tan(pi() / 4 + radians(lat) / 2)) / (2 * pi())) * 2 ^ (z + 4))::integer $$;

CREATE FUNCTION cell_lng(cx integer, z integer) RETURNS double precision
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT cx / 2 ^ (z + 4) * 360 - 180 $$;
CREATE FUNCTION cell_lat(cy integer, z integer) RETURNS double precision
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT degrees(atan(sinh(pi() * (1 - 2 * cy / 2 ^ (z + 4))))) $$;

-- Builds every level from facility_search.
CREATE FUNCTION rebuild_facility_cells() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE n integer; k integer;
BEGIN
  DELETE FROM facility_cell;
  INSERT INTO facility_cell
  SELECT term, 12, cell_x(lng, 12), cell_y(lat, 12), count(*), sum(lat), sum(lng), min(lat), min(lng), max(lat), max(lng),
    CASE WHEN count(*) = 1 THEN min(facility_id::text)::uuid END
  FROM facility_search GROUP BY 1, 2, 3, 4;
  GET DIAGNOSTICS n = ROW_COUNT;
  FOR lvl IN REVERSE 11..5 LOOP
    INSERT INTO facility_cell
    SELECT term, lvl, cx >> 1, cy >> 1, sum(c.n), sum(lat_sum), sum(lng_sum), min(s), min(w), max(nn), max(e),
      CASE WHEN sum(c.n) = 1 THEN min(one::text)::uuid END
    FROM facility_cell c WHERE z = lvl + 1 GROUP BY 1, 2, 3, 4;
    GET DIAGNOSTICS k = ROW_COUNT;
    n := n + k;
  END LOOP;
  RETURN n;
END
$$;

-- Recomputes the given zoom-12 cells (term, cx, cy) from facility_search, then their parents level by level. Each
-- cell's facilities are found with the GiST index: the cell's LAEA envelope (padded 50 m) in the term's band.
CREATE FUNCTION refresh_facility_cells(keys facility_cell_key[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  keys := ARRAY(SELECT DISTINCT ROW(k.term, k.cx, k.cy)::facility_cell_key FROM unnest(keys) k);
  DELETE FROM facility_cell c USING unnest(keys) k WHERE c.term = k.term AND c.z = 12 AND c.cx = k.cx AND c.cy = k.cy;
  INSERT INTO facility_cell
  SELECT k.term, 12, k.cx, k.cy, count(*), sum(s.lat), sum(s.lng), min(s.lat), min(s.lng), max(s.lat), max(s.lng),
    CASE WHEN count(*) = 1 THEN min(s.facility_id::text)::uuid END
  FROM unnest(keys) k
  LEFT JOIN taxonomy_term t ON t.code = k.term
  CROSS JOIN LATERAL (SELECT coalesce(t.search_slot, 0) * 1e8 AS x0,
    laea_3035(cell_lat(k.cy, 12), cell_lng(k.cx, 12)) AS nw, laea_3035(cell_lat(k.cy + 1, 12), cell_lng(k.cx + 1, 12)) AS se,
    laea_3035(cell_lat(k.cy, 12), cell_lng(k.cx + 1, 12)) AS ne, laea_3035(cell_lat(k.cy + 1, 12), cell_lng(k.cx, 12)) AS sw) g
  JOIN facility_search s ON s.term = k.term
    AND s.kpt <@ box(point(g.x0 + least(g.nw[0], g.sw[0]) - 50, least(g.se[1], g.sw[1]) - 50),
                     point(g.x0 + greatest(g.ne[0], g.se[0]) + 50, greatest(g.nw[1], g.ne[1]) + 50))
    AND cell_x(s.lng, 12) = k.cx AND cell_y(s.lat, 12) = k.cy
  GROUP BY k.term, k.cx, k.cy;
  FOR lvl IN REVERSE 11..5 LOOP
    keys := ARRAY(SELECT DISTINCT ROW(k.term, k.cx >> 1, k.cy >> 1)::facility_cell_key FROM unnest(keys) k);
    DELETE FROM facility_cell c USING unnest(keys) k WHERE c.term = k.term AND c.z = lvl AND c.cx = k.cx AND c.cy = k.cy;
    INSERT INTO facility_cell
    SELECT c.term, lvl, k.cx, k.cy, sum(c.n), sum(c.lat_sum), sum(c.lng_sum), min(c.s), min(c.w), max(c.nn), max(c.e),
      CASE WHEN sum(c.n) = 1 THEN min(c.one::text)::uuid END
    FROM unnest(keys) k
    JOIN facility_cell c ON c.term = k.term AND c.z = lvl + 1 AND c.cx BETWEEN k.cx * 2 AND k.cx * 2 + 1 AND c.cy BETWEEN k.cy * 2 AND k.cy * 2 + 1
    GROUP BY c.term, k.cx, k.cy;
  END LOOP;
END
$$;

-- refresh_facility_search now keeps the cells current too: the cells the facilities' rows were in and are in now.
CREATE OR REPLACE FUNCTION refresh_facility_search(ids uuid[]) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE n integer; touched facility_cell_key[];
BEGIN
  IF ids IS NULL THEN
    DELETE FROM facility_search;
    INSERT INTO facility_search SELECT * FROM facility_search_rows(NULL);
    GET DIAGNOSTICS n = ROW_COUNT;
    PERFORM rebuild_facility_cells();
    RETURN n;
  END IF;
  touched := ARRAY(SELECT ROW(term, cell_x(lng, 12), cell_y(lat, 12))::facility_cell_key FROM facility_search WHERE facility_id = ANY(ids));
  DELETE FROM facility_search WHERE facility_id = ANY(ids);
  INSERT INTO facility_search SELECT * FROM facility_search_rows(ids);
  GET DIAGNOSTICS n = ROW_COUNT;
  touched := touched || ARRAY(SELECT ROW(term, cell_x(lng, 12), cell_y(lat, 12))::facility_cell_key FROM facility_search WHERE facility_id = ANY(ids));
  PERFORM refresh_facility_cells(touched);
  RETURN n;
END
$$;

-- Fill the cells of an existing database (a fresh one has no search rows yet).
SELECT rebuild_facility_cells();
