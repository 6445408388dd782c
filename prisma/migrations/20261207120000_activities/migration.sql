-- What's on at a facility: recurring activities (koffie-ochtend, taalcafé, repair café) and their exceptions.
-- The rule is kept as the editor gave it (an RFC 5545 RRULE without DTSTART, wall-clock times in the facility's time
-- zone) and, beside it, in columns a query can test per day (freq/step/weekdays/month_days, derived from the RRULE when
-- it is written): "what is on today within 5 km" is then one indexed query, with no occurrences to keep up to date.

CREATE TABLE "activity" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "facility_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "kind" TEXT NOT NULL,
    "organiser_id" UUID,
    "organiser_name" TEXT,
    "audiences" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "languages" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "cost" "Cost" NOT NULL DEFAULT 'free',
    "cost_text" TEXT,
    "registration" TEXT NOT NULL DEFAULT 'none',
    "registration_text" TEXT,
    "wheelchair" "Wheelchair",
    "rrule" TEXT,
    "start_minute" INTEGER NOT NULL,
    "end_minute" INTEGER NOT NULL,
    "valid_from" DATE NOT NULL,
    "valid_until" DATE,
    "skip_holidays" BOOLEAN NOT NULL DEFAULT false,
    "freq" TEXT NOT NULL,
    "step" INTEGER NOT NULL DEFAULT 1,
    "weekdays" INTEGER NOT NULL DEFAULT 0,
    "month_days" INTEGER[] NOT NULL DEFAULT ARRAY[]::INTEGER[],
    "time_zone" TEXT NOT NULL DEFAULT 'Europe/Amsterdam',
    "last_verified_at" TIMESTAMPTZ(3),
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "lat" DOUBLE PRECISION,
    "lng" DOUBLE PRECISION,
    "pt" point,
    "listed" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "activity_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "activity_facility_id_idx" ON "activity"("facility_id");
CREATE INDEX "activity_organiser_id_idx" ON "activity"("organiser_id");
ALTER TABLE "activity" ADD CONSTRAINT "activity_facility_id_fkey" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "activity" ADD CONSTRAINT "activity_organiser_id_fkey" FOREIGN KEY ("organiser_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- One date of an activity that is different: cancelled ("gaat niet door", with a reason) or moved to another day/time.
CREATE TABLE "activity_exception" (
    "activity_id" UUID NOT NULL,
    "day" DATE NOT NULL,
    "kind" TEXT NOT NULL,
    "reason" TEXT,
    "new_day" DATE,
    "new_start_minute" INTEGER,
    "new_end_minute" INTEGER,
    CONSTRAINT "activity_exception_pkey" PRIMARY KEY ("activity_id","day")
);
CREATE INDEX "activity_exception_new_day_idx" ON "activity_exception"("new_day");
-- The day's moved dates (left out of that day's search; few, among the many cancelled ones).
CREATE INDEX "activity_exception_moved_idx" ON "activity_exception"("day") WHERE kind = 'moved';
ALTER TABLE "activity_exception" ADD CONSTRAINT "activity_exception_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Does the rule give an occurrence on day d? freq: once | weekly | monthly. weekly: `weekdays` is a bit per ISO weekday
-- (Monday = 1 << 0 … Sunday = 1 << 6; a one-off has its date's bit too, for the indexes below), every `step` weeks counted from the Monday of valid_from's week (WKST=MO).
-- monthly: `month_days` holds n*10 + ISO weekday for "the n-th weekday of the month" (1TU = 12) and -(10 + weekday)
-- for "the last" (-1FR = -15), every `step` months counted from valid_from's month.
CREATE FUNCTION activity_on(freq TEXT, step INTEGER, weekdays INTEGER, month_days INTEGER[], valid_from DATE,
                            valid_until DATE, d DATE) RETURNS BOOLEAN
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT d >= valid_from AND (valid_until IS NULL OR d <= valid_until) AND CASE freq
    WHEN 'once' THEN d = valid_from
    WHEN 'weekly' THEN (weekdays & (1 << (extract(isodow FROM d)::int - 1))) <> 0
      AND ((d - (valid_from - (extract(isodow FROM valid_from)::int - 1))) / 7) % step = 0
    WHEN 'monthly' THEN
      ((extract(year FROM d)::int * 12 + extract(month FROM d)::int)
        - (extract(year FROM valid_from)::int * 12 + extract(month FROM valid_from)::int)) % step = 0
      AND (((extract(day FROM d)::int + 6) / 7) * 10 + extract(isodow FROM d)::int = ANY (month_days)
        OR (extract(month FROM d + 7) <> extract(month FROM d)
            AND -(10 + extract(isodow FROM d)::int) = ANY (month_days)))
    ELSE false
  END
$$;

-- Where an activity is, copied from its facility (lat/lng, the projected point, and whether the facility is listed:
-- status active), so "what is on today within 5 km" reads activities alone: from a GiST index per weekday (partial,
-- on the weekday bit), ~1/7 of the activities within the radius instead of all of them (measured at 600,000
-- facilities in a city centre: 34,000 activities within 5 km, 4,200 on a Tuesday). Kept by triggers: an activity
-- written takes its facility's place; a facility moved or closed moves or hides its activities. (The partial indexes
-- cannot be declared in schema.prisma; `migrate dev` would offer to drop them: keep them.) Each INCLUDEs what the
-- day's test, the order and the usual filters read, so the scan is index-only: the activities' rows, spread over the
-- table, are not visited (measured: 3,300 heap pages and 40–55 ms for a Tuesday in Amsterdam at 600,000 facilities
-- without, 12 ms with).
CREATE FUNCTION activity_take_place() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- A bulk load (the demo data) brings the place along.
  IF TG_OP = 'INSERT' AND NEW.pt IS NOT NULL THEN RETURN NEW; END IF;
  SELECT f.lat, f.lng, f.pt, f.status = 'active' INTO NEW.lat, NEW.lng, NEW.pt, NEW.listed
  FROM facility f WHERE f.id = NEW.facility_id;
  RETURN NEW;
END
$$;
CREATE TRIGGER activity_take_place BEFORE INSERT OR UPDATE OF facility_id ON "activity"
FOR EACH ROW EXECUTE FUNCTION activity_take_place();

CREATE FUNCTION facility_move_activities() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE activity SET lat = NEW.lat, lng = NEW.lng, pt = NEW.pt, listed = NEW.status = 'active'
  WHERE facility_id = NEW.id;
  RETURN NULL;
END
$$;
CREATE TRIGGER facility_move_activities AFTER UPDATE OF lat, lng, status ON "facility"
FOR EACH ROW WHEN (OLD.lat IS DISTINCT FROM NEW.lat OR OLD.lng IS DISTINCT FROM NEW.lng OR OLD.status IS DISTINCT FROM NEW.status)
EXECUTE FUNCTION facility_move_activities();

CREATE INDEX "activity_pt_mo_idx" ON "activity" USING gist ("pt")
  INCLUDE ("id", "facility_id", "lat", "lng", "start_minute", "end_minute", "freq", "step", "weekdays", "month_days", "valid_from", "valid_until", "time_zone", "kind", "cost")
  WHERE listed AND (weekdays & 1) <> 0;
CREATE INDEX "activity_pt_tu_idx" ON "activity" USING gist ("pt")
  INCLUDE ("id", "facility_id", "lat", "lng", "start_minute", "end_minute", "freq", "step", "weekdays", "month_days", "valid_from", "valid_until", "time_zone", "kind", "cost")
  WHERE listed AND (weekdays & 2) <> 0;
CREATE INDEX "activity_pt_we_idx" ON "activity" USING gist ("pt")
  INCLUDE ("id", "facility_id", "lat", "lng", "start_minute", "end_minute", "freq", "step", "weekdays", "month_days", "valid_from", "valid_until", "time_zone", "kind", "cost")
  WHERE listed AND (weekdays & 4) <> 0;
CREATE INDEX "activity_pt_th_idx" ON "activity" USING gist ("pt")
  INCLUDE ("id", "facility_id", "lat", "lng", "start_minute", "end_minute", "freq", "step", "weekdays", "month_days", "valid_from", "valid_until", "time_zone", "kind", "cost")
  WHERE listed AND (weekdays & 8) <> 0;
CREATE INDEX "activity_pt_fr_idx" ON "activity" USING gist ("pt")
  INCLUDE ("id", "facility_id", "lat", "lng", "start_minute", "end_minute", "freq", "step", "weekdays", "month_days", "valid_from", "valid_until", "time_zone", "kind", "cost")
  WHERE listed AND (weekdays & 16) <> 0;
CREATE INDEX "activity_pt_sa_idx" ON "activity" USING gist ("pt")
  INCLUDE ("id", "facility_id", "lat", "lng", "start_minute", "end_minute", "freq", "step", "weekdays", "month_days", "valid_from", "valid_until", "time_zone", "kind", "cost")
  WHERE listed AND (weekdays & 32) <> 0;
CREATE INDEX "activity_pt_su_idx" ON "activity" USING gist ("pt")
  INCLUDE ("id", "facility_id", "lat", "lng", "start_minute", "end_minute", "freq", "step", "weekdays", "month_days", "valid_from", "valid_until", "time_zone", "kind", "cost")
  WHERE listed AND (weekdays & 64) <> 0;
