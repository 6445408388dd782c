-- AlterTable
ALTER TABLE "service_at_location" ADD COLUMN     "note" TEXT,
ADD COLUMN     "opening_hours" TEXT;
