-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "MemberRole" AS ENUM ('board', 'signatory', 'liaison');

-- CreateTable
CREATE TABLE "Bloc" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "province" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "groupChatId" BIGINT,
    "groupTitle" TEXT,
    "groupCanPin" BOOLEAN NOT NULL DEFAULT false,
    "groupLinkedAt" TIMESTAMP(3),

    CONSTRAINT "Bloc_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Term" (
    "id" TEXT NOT NULL,
    "blocId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "leaderUnitId" TEXT NOT NULL,
    "deputyUnitId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Term_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Unit" (
    "id" TEXT NOT NULL,
    "blocId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL,
    "telegramId" BIGINT NOT NULL,
    "chatId" BIGINT NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT,
    "username" TEXT,
    "locale" TEXT,
    "languageCode" TEXT,
    "reachable" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "blocId" TEXT NOT NULL,
    "unitId" TEXT,
    "role" "MemberRole" NOT NULL,
    "inviteId" TEXT,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" TIMESTAMP(3),

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invite" (
    "id" TEXT NOT NULL,
    "blocId" TEXT NOT NULL,
    "unitId" TEXT,
    "role" "MemberRole" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "maxUses" INTEGER NOT NULL DEFAULT 1,
    "uses" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "Invite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "blocId" TEXT,
    "actorId" TEXT,
    "actorTelegramId" BIGINT,
    "action" TEXT NOT NULL,
    "subjectType" TEXT,
    "subjectId" TEXT,
    "details" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HandledUpdate" (
    "updateId" BIGINT NOT NULL,
    "handledAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedBy" TEXT,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "HandledUpdate_pkey" PRIMARY KEY ("updateId")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL,
    "intentId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "blocId" TEXT,
    "personId" TEXT,
    "chatId" BIGINT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'text',
    "text" TEXT NOT NULL DEFAULT '',
    "textKey" TEXT,
    "textParams" TEXT,
    "fileId" TEXT,
    "replyMarkup" TEXT,
    "pin" BOOLEAN NOT NULL DEFAULT false,
    "replyToMessageId" BIGINT,
    "pinError" TEXT,
    "storedFileId" TEXT,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "recovered" BOOLEAN NOT NULL DEFAULT false,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL,
    "sentAt" TIMESTAMP(3),
    "telegramMessageId" BIGINT,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Conversation" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "step" TEXT NOT NULL,
    "data" TEXT NOT NULL DEFAULT '{}',
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Conversation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Announcement" (
    "id" TEXT NOT NULL,
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
    "completedAt" TIMESTAMP(3),
    "followUpAt" TIMESTAMP(3),
    "followUpCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Announcement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnnouncementAck" (
    "id" TEXT NOT NULL,
    "announcementId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "ackedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AnnouncementAck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "sha256" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "telegramFileId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Draft" (
    "id" TEXT NOT NULL,
    "blocId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "deadline" TIMESTAMP(3) NOT NULL,
    "reminderOffsets" TEXT NOT NULL DEFAULT '[2880,120]',
    "createdById" TEXT NOT NULL,
    "synthesisSentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Draft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DraftVersion" (
    "id" TEXT NOT NULL,
    "draftId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "fileId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT,
    "fileSize" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "clauses" TEXT NOT NULL DEFAULT '[]',
    "note" TEXT,
    "isFinal" BOOLEAN NOT NULL DEFAULT false,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DraftVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DraftComment" (
    "id" TEXT NOT NULL,
    "draftId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "clauseId" TEXT,
    "clauseLabel" TEXT,
    "text" TEXT NOT NULL,
    "fileId" TEXT,
    "withdrawnAt" TIMESTAMP(3),
    "responseKind" TEXT,
    "responseText" TEXT,
    "respondedById" TEXT,
    "respondedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DraftComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DraftUnitAnswer" (
    "id" TEXT NOT NULL,
    "draftId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "answeredAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DraftUnitAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Conference" (
    "id" TEXT NOT NULL,
    "blocId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "venue" TEXT NOT NULL,
    "agenda" TEXT NOT NULL DEFAULT '',
    "chair" TEXT NOT NULL DEFAULT '',
    "state" TEXT NOT NULL DEFAULT 'scheduled',
    "revision" INTEGER NOT NULL DEFAULT 1,
    "rsvpReminders" TEXT NOT NULL DEFAULT '[4320]',
    "attendeeReminders" TEXT NOT NULL DEFAULT '[1440,120]',
    "minutesFileId" TEXT,
    "minutesFileName" TEXT,
    "minutesAt" TIMESTAMP(3),
    "createdById" TEXT NOT NULL,
    "cancelReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Conference_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConferenceRsvp" (
    "id" TEXT NOT NULL,
    "conferenceId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "attendees" TEXT NOT NULL DEFAULT '[]',
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConferenceRsvp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConferenceCheckIn" (
    "id" TEXT NOT NULL,
    "conferenceId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "personId" TEXT,
    "markedById" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConferenceCheckIn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SigningRound" (
    "id" TEXT NOT NULL,
    "blocId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "draftVersionId" TEXT,
    "fileId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "deadline" TIMESTAMP(3),
    "state" TEXT NOT NULL DEFAULT 'open',
    "voidReason" TEXT,
    "openedById" TEXT NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL,
    "completedAt" TIMESTAMP(3),
    "voidedAt" TIMESTAMP(3),
    "certificateSentAt" TIMESTAMP(3),

    CONSTRAINT "SigningRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Signature" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "delegatedById" TEXT,
    "sha256" TEXT NOT NULL,
    "signedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Signature_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SigningDelegation" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "delegateId" TEXT NOT NULL,
    "grantedById" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SigningDelegation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SigningReminder" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SigningReminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportObligation" (
    "id" TEXT NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportObligation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportPeriod" (
    "id" TEXT NOT NULL,
    "obligationId" TEXT NOT NULL,
    "periodKey" TEXT NOT NULL,
    "coversFrom" TEXT NOT NULL,
    "coversTo" TEXT NOT NULL,
    "nominalDue" TEXT NOT NULL,
    "dueDate" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "opensAt" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'open',
    "nextEventAt" TIMESTAMP(3),
    "lastEvent" TEXT,

    CONSTRAINT "ReportPeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportSubmission" (
    "id" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "receiptNo" TEXT NOT NULL,
    "blocId" TEXT NOT NULL,
    "fileId" TEXT,
    "fileName" TEXT,
    "mimeType" TEXT,
    "fileKind" TEXT,
    "text" TEXT,
    "sha256" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "lateDays" INTEGER NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'current',

    CONSTRAINT "ReportSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportReminder" (
    "id" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportReminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarDay" (
    "date" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarDay_pkey" PRIMARY KEY ("date")
);

-- CreateTable
CREATE TABLE "Scale" (
    "id" TEXT NOT NULL,
    "blocId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "totalMax" DOUBLE PRECISION NOT NULL,
    "bonusCap" DOUBLE PRECISION,
    "tieRule" TEXT,
    "bands" TEXT NOT NULL DEFAULT '[]',
    "contentHash" TEXT NOT NULL,
    "sourceName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Scale_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScaleNode" (
    "id" TEXT NOT NULL,
    "scaleId" TEXT NOT NULL,
    "parentId" TEXT,
    "position" INTEGER NOT NULL,
    "depth" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "maxPoints" DOUBLE PRECISION NOT NULL,
    "minPoints" DOUBLE PRECISION,
    "pointsPerOccurrence" DOUBLE PRECISION,
    "evidence" TEXT,
    "reportingLatePoints" DOUBLE PRECISION,
    "reportingMissingPoints" DOUBLE PRECISION,
    "isBonus" BOOLEAN NOT NULL DEFAULT false,
    "mayBeUnassigned" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ScaleNode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewRound" (
    "id" TEXT NOT NULL,
    "blocId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "scaleId" TEXT NOT NULL,
    "deadline" TIMESTAMP(3) NOT NULL,
    "explanationDeadline" TIMESTAMP(3),
    "state" TEXT NOT NULL DEFAULT 'open',
    "openedById" TEXT NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReviewRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScoreSheet" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'draft',
    "submittedAt" TIMESTAMP(3),
    "submittedById" TEXT,
    "submittedAs" TEXT,
    "delegateId" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "reviewedById" TEXT,
    "finalAt" TIMESTAMP(3),
    "finalById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ScoreSheet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScoreEntry" (
    "id" TEXT NOT NULL,
    "sheetId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "layer" TEXT NOT NULL,
    "assigned" BOOLEAN NOT NULL DEFAULT true,
    "passed" BOOLEAN,
    "points" DOUBLE PRECISION,
    "count" INTEGER,
    "result" DOUBLE PRECISION,
    "target" DOUBLE PRECISION,
    "bound" BOOLEAN NOT NULL DEFAULT false,
    "reason" TEXT,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ScoreEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScoreChange" (
    "id" TEXT NOT NULL,
    "sheetId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "layer" TEXT NOT NULL,
    "oldValue" TEXT,
    "newValue" TEXT NOT NULL,
    "actorId" TEXT,
    "reason" TEXT,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ScoreChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScoreEvidence" (
    "id" TEXT NOT NULL,
    "sheetId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "telegramFileId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT,
    "sha256" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "addedById" TEXT NOT NULL,
    "addedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ScoreEvidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScoreExplanation" (
    "id" TEXT NOT NULL,
    "sheetId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "byId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ScoreExplanation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Bloc_code_key" ON "Bloc"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Term_blocId_year_key" ON "Term"("blocId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_blocId_code_key" ON "Unit"("blocId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Person_telegramId_key" ON "Person"("telegramId");

-- CreateIndex
CREATE INDEX "Membership_blocId_personId_idx" ON "Membership"("blocId", "personId");

-- CreateIndex
CREATE INDEX "Membership_unitId_idx" ON "Membership"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "Invite_tokenHash_key" ON "Invite"("tokenHash");

-- CreateIndex
CREATE INDEX "AuditEvent_blocId_createdAt_idx" ON "AuditEvent"("blocId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_action_idx" ON "AuditEvent"("action");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMessage_key_key" ON "OutboxMessage"("key");

-- CreateIndex
CREATE INDEX "OutboxMessage_state_nextAttemptAt_idx" ON "OutboxMessage"("state", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_intentId_state_idx" ON "OutboxMessage"("intentId", "state");

-- CreateIndex
CREATE INDEX "OutboxMessage_chatId_telegramMessageId_idx" ON "OutboxMessage"("chatId", "telegramMessageId");

-- CreateIndex
CREATE UNIQUE INDEX "Conversation_personId_key" ON "Conversation"("personId");

-- CreateIndex
CREATE INDEX "Announcement_blocId_createdAt_idx" ON "Announcement"("blocId", "createdAt");

-- CreateIndex
CREATE INDEX "Announcement_state_idx" ON "Announcement"("state");

-- CreateIndex
CREATE UNIQUE INDEX "AnnouncementAck_announcementId_personId_key" ON "AnnouncementAck"("announcementId", "personId");

-- CreateIndex
CREATE INDEX "Draft_blocId_deadline_idx" ON "Draft"("blocId", "deadline");

-- CreateIndex
CREATE UNIQUE INDEX "DraftVersion_draftId_number_key" ON "DraftVersion"("draftId", "number");

-- CreateIndex
CREATE INDEX "DraftComment_draftId_unitId_idx" ON "DraftComment"("draftId", "unitId");

-- CreateIndex
CREATE UNIQUE INDEX "DraftUnitAnswer_draftId_unitId_key" ON "DraftUnitAnswer"("draftId", "unitId");

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
CREATE UNIQUE INDEX "Scale_blocId_year_version_key" ON "Scale"("blocId", "year", "version");

-- CreateIndex
CREATE INDEX "ScaleNode_parentId_idx" ON "ScaleNode"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "ScaleNode_scaleId_path_key" ON "ScaleNode"("scaleId", "path");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewRound_blocId_year_key" ON "ReviewRound"("blocId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "ScoreSheet_roundId_unitId_key" ON "ScoreSheet"("roundId", "unitId");

-- CreateIndex
CREATE UNIQUE INDEX "ScoreEntry_sheetId_nodeId_layer_key" ON "ScoreEntry"("sheetId", "nodeId", "layer");

-- CreateIndex
CREATE INDEX "ScoreChange_sheetId_nodeId_idx" ON "ScoreChange"("sheetId", "nodeId");

-- CreateIndex
CREATE UNIQUE INDEX "ScoreEvidence_sheetId_nodeId_sha256_key" ON "ScoreEvidence"("sheetId", "nodeId", "sha256");

-- CreateIndex
CREATE UNIQUE INDEX "ScoreExplanation_sheetId_nodeId_key" ON "ScoreExplanation"("sheetId", "nodeId");

-- AddForeignKey
ALTER TABLE "Term" ADD CONSTRAINT "Term_blocId_fkey" FOREIGN KEY ("blocId") REFERENCES "Bloc"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Term" ADD CONSTRAINT "Term_leaderUnitId_fkey" FOREIGN KEY ("leaderUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Term" ADD CONSTRAINT "Term_deputyUnitId_fkey" FOREIGN KEY ("deputyUnitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_blocId_fkey" FOREIGN KEY ("blocId") REFERENCES "Bloc"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_blocId_fkey" FOREIGN KEY ("blocId") REFERENCES "Bloc"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_inviteId_fkey" FOREIGN KEY ("inviteId") REFERENCES "Invite"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invite" ADD CONSTRAINT "Invite_blocId_fkey" FOREIGN KEY ("blocId") REFERENCES "Bloc"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invite" ADD CONSTRAINT "Invite_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invite" ADD CONSTRAINT "Invite_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Announcement" ADD CONSTRAINT "Announcement_blocId_fkey" FOREIGN KEY ("blocId") REFERENCES "Bloc"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnouncementAck" ADD CONSTRAINT "AnnouncementAck_announcementId_fkey" FOREIGN KEY ("announcementId") REFERENCES "Announcement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftVersion" ADD CONSTRAINT "DraftVersion_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftComment" ADD CONSTRAINT "DraftComment_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftComment" ADD CONSTRAINT "DraftComment_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "DraftVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftUnitAnswer" ADD CONSTRAINT "DraftUnitAnswer_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConferenceRsvp" ADD CONSTRAINT "ConferenceRsvp_conferenceId_fkey" FOREIGN KEY ("conferenceId") REFERENCES "Conference"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConferenceCheckIn" ADD CONSTRAINT "ConferenceCheckIn_conferenceId_fkey" FOREIGN KEY ("conferenceId") REFERENCES "Conference"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signature" ADD CONSTRAINT "Signature_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "SigningRound"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SigningDelegation" ADD CONSTRAINT "SigningDelegation_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "SigningRound"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportPeriod" ADD CONSTRAINT "ReportPeriod_obligationId_fkey" FOREIGN KEY ("obligationId") REFERENCES "ReportObligation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportSubmission" ADD CONSTRAINT "ReportSubmission_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportPeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Scale" ADD CONSTRAINT "Scale_blocId_fkey" FOREIGN KEY ("blocId") REFERENCES "Bloc"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScaleNode" ADD CONSTRAINT "ScaleNode_scaleId_fkey" FOREIGN KEY ("scaleId") REFERENCES "Scale"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScaleNode" ADD CONSTRAINT "ScaleNode_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "ScaleNode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreSheet" ADD CONSTRAINT "ScoreSheet_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ReviewRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreEntry" ADD CONSTRAINT "ScoreEntry_sheetId_fkey" FOREIGN KEY ("sheetId") REFERENCES "ScoreSheet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreChange" ADD CONSTRAINT "ScoreChange_sheetId_fkey" FOREIGN KEY ("sheetId") REFERENCES "ScoreSheet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreEvidence" ADD CONSTRAINT "ScoreEvidence_sheetId_fkey" FOREIGN KEY ("sheetId") REFERENCES "ScoreSheet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreExplanation" ADD CONSTRAINT "ScoreExplanation_sheetId_fkey" FOREIGN KEY ("sheetId") REFERENCES "ScoreSheet"("id") ON DELETE CASCADE ON UPDATE CASCADE;
