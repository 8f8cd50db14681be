-- AlterTable
ALTER TABLE "HandledUpdate" ADD COLUMN "claimedBy" TEXT;
ALTER TABLE "HandledUpdate" ADD COLUMN "finishedAt" DATETIME;
-- Updates handled before this migration were finished.
UPDATE "HandledUpdate" SET "finishedAt" = "handledAt";
