-- AlterTable
ALTER TABLE "Term" ADD COLUMN     "ballotId" TEXT,
ADD COLUMN     "setById" TEXT,
ADD COLUMN     "source" TEXT NOT NULL DEFAULT 'import',
ADD COLUMN     "startedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ReviewRound" ADD COLUMN     "escalations" TEXT NOT NULL DEFAULT '[{"workingDays":1,"to":"signatory"},{"workingDays":3,"to":"leader_unit"}]',
ADD COLUMN     "publishedAt" TIMESTAMP(3),
ADD COLUMN     "publishedById" TEXT,
ADD COLUMN     "publishedProvisional" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "reminderTime" TEXT NOT NULL DEFAULT '08:00',
ADD COLUMN     "reminders" TEXT NOT NULL DEFAULT '[3,1,0]';

-- AlterTable
ALTER TABLE "ScoreSheet" ADD COLUMN     "extendedById" TEXT,
ADD COLUMN     "extendedUntil" TIMESTAMP(3),
ADD COLUMN     "lastReminder" TEXT;

-- AlterTable
ALTER TABLE "ScoreEvidence" ADD COLUMN     "fileKind" TEXT NOT NULL DEFAULT 'document';
