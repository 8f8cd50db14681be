-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "claimedBy" TEXT,
ADD COLUMN     "claimedUntil" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "JobLease" (
    "job" TEXT NOT NULL,
    "instant" TIMESTAMP(3) NOT NULL,
    "holder" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "JobLease_pkey" PRIMARY KEY ("job","instant")
);

-- CreateTable
CREATE TABLE "SendBudget" (
    "name" TEXT NOT NULL,
    "nextAt" BIGINT NOT NULL,

    CONSTRAINT "SendBudget_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "JobLease_expiresAt_idx" ON "JobLease"("expiresAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_state_claimedUntil_idx" ON "OutboxMessage"("state", "claimedUntil");
