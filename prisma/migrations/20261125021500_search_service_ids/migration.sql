-- facility_search rows carry the services behind them: per (facility, term) the ids of the services of that term
-- offered there and, aligned, their service_at_location ids. The services search (GET /api/v1/services) then takes
-- the nearest facilities of a term from the GiST index and reads their services straight from these rows, instead of
-- joining service_at_location and service_term for every candidate.

ALTER TABLE "facility_search" ADD COLUMN "service_ids" UUID[] NOT NULL DEFAULT '{}',
ADD COLUMN "sal_ids" UUID[] NOT NULL DEFAULT '{}';

CREATE OR REPLACE FUNCTION facility_search_rows(ids uuid[]) RETURNS SETOF facility_search LANGUAGE plpgsql STABLE AS $fn$
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
      SELECT sal.facility_id, sal.id AS sal_id, sal.service_id, a.free, a.languages, a.audiences, a.terms
      FROM service_at_location sal JOIN service_attrs a ON a.id = sal.service_id
      WHERE %2$s
    ), per_term AS (
      SELECT facility_id, term, free, audiences, languages, service_id, sal_id FROM svc CROSS JOIN LATERAL unnest(terms) AS term
      UNION ALL
      SELECT facility_id, '' AS term, free, audiences, languages, service_id, sal_id FROM svc
      UNION ALL
      SELECT id, '', false, '{}', '{}', NULL, NULL FROM facility WHERE %3$s
    ), agg AS (
      -- audiences and languages only feed overlap (&&) filters, so duplicates are harmless and not worth removing
      -- (removing them doubled the time of a full rebuild).
      SELECT facility_id, term, bool_or(free) AS free,
        text_array_concat(audiences) AS audiences,
        text_array_concat(languages) AS languages,
        coalesce(array_agg(service_id ORDER BY service_id) FILTER (WHERE service_id IS NOT NULL), '{}') AS service_ids,
        coalesce(array_agg(sal_id ORDER BY service_id) FILTER (WHERE service_id IS NOT NULL), '{}') AS sal_ids
      FROM per_term GROUP BY facility_id, term
    ), all_terms AS (
      SELECT facility_id, text_array_distinct(text_array_concat(terms)) AS service_terms FROM svc GROUP BY facility_id
    )
    SELECT f.id, agg.term, point(f.pt[0] + coalesce(tt.search_slot, 0) * 1e8, f.pt[1]), f.lat, f.lng, f.type,
      f.wheelchair, agg.free, agg.audiences, agg.languages, coalesce(all_terms.service_terms, '{}'), agg.service_ids, agg.sal_ids
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

DROP VIEW facility_search_source;
CREATE VIEW facility_search_source AS SELECT * FROM facility_search_rows(NULL);

-- Fill the new columns of an existing database (a fresh one has no rows yet).
SELECT refresh_facility_search(NULL);
