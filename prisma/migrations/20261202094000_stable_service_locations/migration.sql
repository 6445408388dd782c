-- A service taken away from a facility keeps its service_at_location id in service_at_location_ended (printed
-- referral sheets, QR short links and saved lists name these ids); offering it there again moves it back.
-- CreateTable
CREATE TABLE "service_at_location_ended" (
    "id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "facility_id" UUID NOT NULL,
    "note" TEXT,
    "opening_hours" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "ended_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "service_at_location_ended_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "service_at_location_ended_facility_id_idx" ON "service_at_location_ended"("facility_id");

-- CreateIndex
CREATE UNIQUE INDEX "service_at_location_ended_service_id_facility_id_key" ON "service_at_location_ended"("service_id", "facility_id");

-- AddForeignKey
ALTER TABLE "service_at_location_ended" ADD CONSTRAINT "service_at_location_ended_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_at_location_ended" ADD CONSTRAINT "service_at_location_ended_facility_id_fkey" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A request to offer a service at another organisation's facility (decided by that organisation or a moderator).
-- AlterTable
ALTER TABLE "change_request" ADD COLUMN     "facility_id" UUID;

-- CreateIndex
CREATE INDEX "change_request_facility_id_status_idx" ON "change_request"("facility_id", "status");

-- AddForeignKey
ALTER TABLE "change_request" ADD CONSTRAINT "change_request_facility_id_fkey" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE CASCADE ON UPDATE CASCADE;
