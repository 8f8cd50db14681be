-- CreateTable
CREATE TABLE "ReportObligation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "blocId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "recurrence" TEXT NOT NULL,
    "dueRule" TEXT NOT NULL,
    "unitIds" TEXT,
    "reminders" TEXT NOT NULL DEFAULT '[3,1,0]',
    "reminderTime" TEXT NOT NULL DEFAULT '08:00',
    "escalations" TEXT NOT NULL DEFAULT '[{"workingDays":1,"to":"signatory"},{"workingDays":3,"to":"leader_unit"}]',
    "shift" TEXT NOT NULL DEFAULT 'previous',
    "cutoffDay" INTEGER NOT NULL DEFAULT 14,
    "preset" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ReportPeriod" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "obligationId" TEXT NOT NULL,
    "periodKey" TEXT NOT NULL,
    "coversFrom" TEXT NOT NULL,
    "coversTo" TEXT NOT NULL,
    "nominalDue" TEXT NOT NULL,
    "dueDate" TEXT NOT NULL,
    "dueAt" DATETIME NOT NULL,
    "opensAt" DATETIME NOT NULL,
    "closesAt" DATETIME NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'open',
    "nextEventAt" DATETIME,
    "lastEvent" TEXT,
    CONSTRAINT "ReportPeriod_obligationId_fkey" FOREIGN KEY ("obligationId") REFERENCES "ReportObligation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReportSubmission" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "periodId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "receiptNo" TEXT NOT NULL,
    "blocId" TEXT NOT NULL,
    "fileId" TEXT,
    "fileName" TEXT,
    "mimeType" TEXT,
    "text" TEXT,
    "sha256" TEXT NOT NULL,
    "submittedAt" DATETIME NOT NULL,
    "lateDays" INTEGER NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'current',
    CONSTRAINT "ReportSubmission_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportPeriod" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReportReminder" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "periodId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "sentAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "CalendarDay" (
    "date" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "ReportObligation_blocId_active_idx" ON "ReportObligation"("blocId", "active");

-- CreateIndex
CREATE INDEX "ReportPeriod_nextEventAt_idx" ON "ReportPeriod"("nextEventAt");

-- CreateIndex
CREATE INDEX "ReportPeriod_state_closesAt_idx" ON "ReportPeriod"("state", "closesAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReportPeriod_obligationId_periodKey_key" ON "ReportPeriod"("obligationId", "periodKey");

-- CreateIndex
CREATE INDEX "ReportSubmission_periodId_unitId_state_idx" ON "ReportSubmission"("periodId", "unitId", "state");

-- CreateIndex
CREATE INDEX "ReportSubmission_blocId_submittedAt_idx" ON "ReportSubmission"("blocId", "submittedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReportSubmission_blocId_receiptNo_key" ON "ReportSubmission"("blocId", "receiptNo");

-- CreateIndex
CREATE UNIQUE INDEX "ReportReminder_periodId_unitId_kind_key" ON "ReportReminder"("periodId", "unitId", "kind");

-- CreateIndex
CREATE INDEX "OutboxMessage_chatId_telegramMessageId_idx" ON "OutboxMessage"("chatId", "telegramMessageId");
