-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ScoreEvidence" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sheetId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "telegramFileId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT,
    "fileKind" TEXT NOT NULL DEFAULT 'document',
    "sha256" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "addedById" TEXT NOT NULL,
    "addedAt" DATETIME NOT NULL,
    CONSTRAINT "ScoreEvidence_sheetId_fkey" FOREIGN KEY ("sheetId") REFERENCES "ScoreSheet" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ScoreEvidence" ("addedAt", "addedById", "fileName", "id", "mimeType", "nodeId", "sha256", "sheetId", "size", "telegramFileId") SELECT "addedAt", "addedById", "fileName", "id", "mimeType", "nodeId", "sha256", "sheetId", "size", "telegramFileId" FROM "ScoreEvidence";
DROP TABLE "ScoreEvidence";
ALTER TABLE "new_ScoreEvidence" RENAME TO "ScoreEvidence";
CREATE UNIQUE INDEX "ScoreEvidence_sheetId_nodeId_sha256_key" ON "ScoreEvidence"("sheetId", "nodeId", "sha256");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
