-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN "pinError" TEXT;
ALTER TABLE "OutboxMessage" ADD COLUMN "replyToMessageId" BIGINT;

-- CreateTable
CREATE TABLE "Conversation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "personId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "step" TEXT NOT NULL,
    "data" TEXT NOT NULL DEFAULT '{}',
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Announcement" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "blocId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "text" TEXT NOT NULL DEFAULT '',
    "kind" TEXT NOT NULL DEFAULT 'text',
    "fileId" TEXT,
    "audience" TEXT NOT NULL,
    "unitIds" TEXT,
    "pin" BOOLEAN NOT NULL DEFAULT false,
    "recipientCount" INTEGER NOT NULL,
    "progressChatId" BIGINT,
    "progressMessageId" BIGINT,
    "state" TEXT NOT NULL DEFAULT 'sending',
    "completedAt" DATETIME,
    "followUpAt" DATETIME,
    "followUpCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Announcement_blocId_fkey" FOREIGN KEY ("blocId") REFERENCES "Bloc" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AnnouncementAck" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "announcementId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "ackedAt" DATETIME NOT NULL,
    CONSTRAINT "AnnouncementAck_announcementId_fkey" FOREIGN KEY ("announcementId") REFERENCES "Announcement" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Bloc" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "province" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "groupChatId" BIGINT,
    "groupTitle" TEXT,
    "groupCanPin" BOOLEAN NOT NULL DEFAULT false,
    "groupLinkedAt" DATETIME
);
INSERT INTO "new_Bloc" ("code", "createdAt", "id", "name", "province", "updatedAt") SELECT "code", "createdAt", "id", "name", "province", "updatedAt" FROM "Bloc";
DROP TABLE "Bloc";
ALTER TABLE "new_Bloc" RENAME TO "Bloc";
CREATE UNIQUE INDEX "Bloc_code_key" ON "Bloc"("code");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Conversation_personId_key" ON "Conversation"("personId");

-- CreateIndex
CREATE INDEX "Announcement_blocId_createdAt_idx" ON "Announcement"("blocId", "createdAt");

-- CreateIndex
CREATE INDEX "Announcement_state_idx" ON "Announcement"("state");

-- CreateIndex
CREATE UNIQUE INDEX "AnnouncementAck_announcementId_personId_key" ON "AnnouncementAck"("announcementId", "personId");
