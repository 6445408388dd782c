-- Unmet needs: how many searches per month, gemeente and kind of help found nothing, or nothing within 5 km. Only
-- these four values — no query text, no coordinates, no identifiers, no time of day. Shown only as aggregates of at
-- least 5 searches (see lib/server/unmet-needs.ts).
CREATE TABLE "unmet_need" (
    "month" DATE NOT NULL,
    "gemeente_code" TEXT NOT NULL,
    "service" TEXT NOT NULL,
    "searches" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "unmet_need_pkey" PRIMARY KEY ("month","gemeente_code","service")
);
