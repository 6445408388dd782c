-- Short links to referral sheets (/b/<code> → /verwijsbrief?services=…&lang=…). Holds only what the sheet's own link
-- holds: service-at-location ids and a language — nothing about the client. The code is derived from the content, so
-- the same sheet always gets the same code and creating it twice is harmless.
CREATE TABLE "referral_link" (
    "code" TEXT NOT NULL,
    "services" UUID[] NOT NULL,
    "lang" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "referral_link_pkey" PRIMARY KEY ("code")
);
