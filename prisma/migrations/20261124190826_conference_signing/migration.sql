-- CreateTable
CREATE TABLE "Conference" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "blocId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "venue" TEXT NOT NULL,
    "agenda" TEXT NOT NULL DEFAULT '',
    "chair" TEXT NOT NULL DEFAULT '',
    "state" TEXT NOT NULL DEFAULT 'scheduled',
    "revision" INTEGER NOT NULL DEFAULT 1,
    "rsvpReminders" TEXT NOT NULL DEFAULT '[4320]',
    "attendeeReminders" TEXT NOT NULL DEFAULT '[1440,120]',
    "minutesFileId" TEXT,
    "minutesFileName" TEXT,
    "minutesAt" DATETIME,
    "createdById" TEXT NOT NULL,
    "cancelReason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ConferenceRsvp" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "conferenceId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "attendees" TEXT NOT NULL DEFAULT '[]',
    "reason" TEXT,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "ConferenceRsvp_conferenceId_fkey" FOREIGN KEY ("conferenceId") REFERENCES "Conference" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ConferenceCheckIn" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "conferenceId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "personId" TEXT,
    "markedById" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    CONSTRAINT "ConferenceCheckIn_conferenceId_fkey" FOREIGN KEY ("conferenceId") REFERENCES "Conference" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SigningRound" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "blocId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "draftVersionId" TEXT,
    "fileId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "deadline" DATETIME,
    "state" TEXT NOT NULL DEFAULT 'open',
    "voidReason" TEXT,
    "openedById" TEXT NOT NULL,
    "openedAt" DATETIME NOT NULL,
    "completedAt" DATETIME,
    "voidedAt" DATETIME,
    "certificateSentAt" DATETIME
);

-- CreateTable
CREATE TABLE "Signature" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "roundId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "delegatedById" TEXT,
    "sha256" TEXT NOT NULL,
    "signedAt" DATETIME NOT NULL,
    CONSTRAINT "Signature_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "SigningRound" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SigningDelegation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "roundId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "delegateId" TEXT NOT NULL,
    "grantedById" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    CONSTRAINT "SigningDelegation_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "SigningRound" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SigningReminder" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "roundId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "sentAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "Conference_blocId_startsAt_idx" ON "Conference"("blocId", "startsAt");

-- CreateIndex
CREATE INDEX "ConferenceRsvp_conferenceId_unitId_createdAt_idx" ON "ConferenceRsvp"("conferenceId", "unitId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ConferenceCheckIn_conferenceId_unitId_key" ON "ConferenceCheckIn"("conferenceId", "unitId");

-- CreateIndex
CREATE INDEX "SigningRound_blocId_state_idx" ON "SigningRound"("blocId", "state");

-- CreateIndex
CREATE UNIQUE INDEX "Signature_roundId_unitId_key" ON "Signature"("roundId", "unitId");

-- CreateIndex
CREATE UNIQUE INDEX "SigningDelegation_roundId_unitId_key" ON "SigningDelegation"("roundId", "unitId");

-- CreateIndex
CREATE UNIQUE INDEX "SigningReminder_roundId_unitId_day_key" ON "SigningReminder"("roundId", "unitId", "day");
