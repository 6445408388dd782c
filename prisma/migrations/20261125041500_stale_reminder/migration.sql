-- AlterTable
ALTER TABLE "organization" ADD COLUMN     "stale_reminded_at" TIMESTAMPTZ(3);
