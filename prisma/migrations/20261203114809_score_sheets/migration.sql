-- CreateTable
CREATE TABLE "ReviewRound" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "blocId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "scaleId" TEXT NOT NULL,
    "deadline" DATETIME NOT NULL,
    "explanationDeadline" DATETIME,
    "state" TEXT NOT NULL DEFAULT 'open',
    "openedById" TEXT NOT NULL,
    "openedAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ScoreSheet" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "roundId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'draft',
    "submittedAt" DATETIME,
    "submittedById" TEXT,
    "submittedAs" TEXT,
    "delegateId" TEXT,
    "reviewedAt" DATETIME,
    "reviewedById" TEXT,
    "finalAt" DATETIME,
    "finalById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ScoreSheet_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ReviewRound" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ScoreEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sheetId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "layer" TEXT NOT NULL,
    "assigned" BOOLEAN NOT NULL DEFAULT true,
    "passed" BOOLEAN,
    "points" REAL,
    "count" INTEGER,
    "result" REAL,
    "target" REAL,
    "bound" BOOLEAN NOT NULL DEFAULT false,
    "reason" TEXT,
    "updatedById" TEXT,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ScoreEntry_sheetId_fkey" FOREIGN KEY ("sheetId") REFERENCES "ScoreSheet" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ScoreChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sheetId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "layer" TEXT NOT NULL,
    "oldValue" TEXT,
    "newValue" TEXT NOT NULL,
    "actorId" TEXT,
    "reason" TEXT,
    "at" DATETIME NOT NULL,
    CONSTRAINT "ScoreChange_sheetId_fkey" FOREIGN KEY ("sheetId") REFERENCES "ScoreSheet" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ScoreEvidence" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sheetId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "telegramFileId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT,
    "sha256" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "addedById" TEXT NOT NULL,
    "addedAt" DATETIME NOT NULL,
    CONSTRAINT "ScoreEvidence_sheetId_fkey" FOREIGN KEY ("sheetId") REFERENCES "ScoreSheet" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ScoreExplanation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sheetId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "byId" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    CONSTRAINT "ScoreExplanation_sheetId_fkey" FOREIGN KEY ("sheetId") REFERENCES "ScoreSheet" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

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
