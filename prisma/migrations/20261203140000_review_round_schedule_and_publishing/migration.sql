-- AlterTable
ALTER TABLE "ScoreSheet" ADD COLUMN "extendedById" TEXT;
ALTER TABLE "ScoreSheet" ADD COLUMN "extendedUntil" DATETIME;
ALTER TABLE "ScoreSheet" ADD COLUMN "lastReminder" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ReviewRound" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "blocId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "scaleId" TEXT NOT NULL,
    "deadline" DATETIME NOT NULL,
    "explanationDeadline" DATETIME,
    "state" TEXT NOT NULL DEFAULT 'open',
    "openedById" TEXT NOT NULL,
    "openedAt" DATETIME NOT NULL,
    "reminders" TEXT NOT NULL DEFAULT '[3,1,0]',
    "reminderTime" TEXT NOT NULL DEFAULT '08:00',
    "escalations" TEXT NOT NULL DEFAULT '[{"workingDays":1,"to":"signatory"},{"workingDays":3,"to":"leader_unit"}]',
    "publishedAt" DATETIME,
    "publishedById" TEXT,
    "publishedProvisional" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_ReviewRound" ("blocId", "createdAt", "deadline", "explanationDeadline", "id", "openedAt", "openedById", "scaleId", "state", "updatedAt", "year") SELECT "blocId", "createdAt", "deadline", "explanationDeadline", "id", "openedAt", "openedById", "scaleId", "state", "updatedAt", "year" FROM "ReviewRound";
DROP TABLE "ReviewRound";
ALTER TABLE "new_ReviewRound" RENAME TO "ReviewRound";
CREATE UNIQUE INDEX "ReviewRound_blocId_year_key" ON "ReviewRound"("blocId", "year");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
