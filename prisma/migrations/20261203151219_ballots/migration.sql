-- CreateTable
CREATE TABLE "Ballot" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "blocId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "conferenceId" TEXT,
    "secret" BOOLEAN NOT NULL DEFAULT true,
    "quorumNum" INTEGER NOT NULL DEFAULT 2,
    "quorumDen" INTEGER NOT NULL DEFAULT 3,
    "threshold" REAL NOT NULL DEFAULT 0.5,
    "thresholdBase" TEXT NOT NULL DEFAULT 'all_units',
    "selfVoteAllowed" BOOLEAN NOT NULL DEFAULT false,
    "tieRule" TEXT NOT NULL DEFAULT 'revote',
    "unitsTotal" INTEGER NOT NULL,
    "deadline" DATETIME NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'open',
    "voidReason" TEXT,
    "openedById" TEXT NOT NULL,
    "openedAt" DATETIME NOT NULL,
    "closedAt" DATETIME
);

-- CreateTable
CREATE TABLE "BallotTitle" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ballotId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "seats" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    CONSTRAINT "BallotTitle_ballotId_fkey" FOREIGN KEY ("ballotId") REFERENCES "Ballot" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BallotCandidate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "titleId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "votes" INTEGER NOT NULL DEFAULT 0,
    "outcome" TEXT,
    CONSTRAINT "BallotCandidate_titleId_fkey" FOREIGN KEY ("titleId") REFERENCES "BallotTitle" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BallotParticipation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ballotId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "choices" TEXT
);

-- CreateTable
CREATE TABLE "BallotDelegation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ballotId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "delegateId" TEXT NOT NULL,
    "grantedById" TEXT NOT NULL,
    "at" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "Ballot_blocId_year_idx" ON "Ballot"("blocId", "year");

-- CreateIndex
CREATE INDEX "Ballot_state_deadline_idx" ON "Ballot"("state", "deadline");

-- CreateIndex
CREATE UNIQUE INDEX "BallotTitle_ballotId_position_key" ON "BallotTitle"("ballotId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "BallotCandidate_titleId_unitId_key" ON "BallotCandidate"("titleId", "unitId");

-- CreateIndex
CREATE UNIQUE INDEX "BallotParticipation_ballotId_unitId_key" ON "BallotParticipation"("ballotId", "unitId");

-- CreateIndex
CREATE UNIQUE INDEX "BallotDelegation_ballotId_unitId_key" ON "BallotDelegation"("ballotId", "unitId");
