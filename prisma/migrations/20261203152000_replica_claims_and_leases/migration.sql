-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN "claimedBy" TEXT;
ALTER TABLE "OutboxMessage" ADD COLUMN "claimedUntil" DATETIME;

-- CreateTable
CREATE TABLE "JobLease" (
    "job" TEXT NOT NULL,
    "instant" DATETIME NOT NULL,
    "holder" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "finishedAt" DATETIME,

    PRIMARY KEY ("job", "instant")
);

-- CreateTable
CREATE TABLE "SendBudget" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "nextAt" BIGINT NOT NULL
);

-- CreateIndex
CREATE INDEX "JobLease_expiresAt_idx" ON "JobLease"("expiresAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_state_claimedUntil_idx" ON "OutboxMessage"("state", "claimedUntil");
