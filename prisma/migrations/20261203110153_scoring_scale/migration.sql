-- CreateTable
CREATE TABLE "Scale" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "blocId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "totalMax" REAL NOT NULL,
    "bonusCap" REAL,
    "tieRule" TEXT,
    "bands" TEXT NOT NULL DEFAULT '[]',
    "contentHash" TEXT NOT NULL,
    "sourceName" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Scale_blocId_fkey" FOREIGN KEY ("blocId") REFERENCES "Bloc" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ScaleNode" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "scaleId" TEXT NOT NULL,
    "parentId" TEXT,
    "position" INTEGER NOT NULL,
    "depth" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "maxPoints" REAL NOT NULL,
    "minPoints" REAL,
    "pointsPerOccurrence" REAL,
    "evidence" TEXT,
    "reportingLatePoints" REAL,
    "reportingMissingPoints" REAL,
    "isBonus" BOOLEAN NOT NULL DEFAULT false,
    "mayBeUnassigned" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "ScaleNode_scaleId_fkey" FOREIGN KEY ("scaleId") REFERENCES "Scale" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ScaleNode_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "ScaleNode" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Scale_blocId_year_version_key" ON "Scale"("blocId", "year", "version");

-- CreateIndex
CREATE INDEX "ScaleNode_parentId_idx" ON "ScaleNode"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "ScaleNode_scaleId_path_key" ON "ScaleNode"("scaleId", "path");
