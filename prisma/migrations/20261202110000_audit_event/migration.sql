-- Changes that are not edits of a listing and so have no revision — an organisation's trust setting, the taxonomy's
-- wording, inviting and removing people, API tokens, dealing with a report — are kept here: who, when, what, before and
-- after (security review finding 8). Written in the same transaction as the change itself.
CREATE TABLE "audit_event" (
    "id" BIGSERIAL NOT NULL,
    "action" TEXT NOT NULL,
    "actor_id" TEXT,
    "actor_label" TEXT NOT NULL,
    "organization_id" UUID,
    "subject_type" TEXT NOT NULL,
    "subject_id" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "audit_event_organization_id_id_idx" ON "audit_event"("organization_id", "id");
CREATE INDEX "audit_event_subject_type_subject_id_id_idx" ON "audit_event"("subject_type", "subject_id", "id");
