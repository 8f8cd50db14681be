-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Term" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "blocId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "leaderUnitId" TEXT NOT NULL,
    "deputyUnitId" TEXT,
    "startedAt" DATETIME,
    "source" TEXT NOT NULL DEFAULT 'import',
    "ballotId" TEXT,
    "setById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Term_blocId_fkey" FOREIGN KEY ("blocId") REFERENCES "Bloc" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Term_leaderUnitId_fkey" FOREIGN KEY ("leaderUnitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Term_deputyUnitId_fkey" FOREIGN KEY ("deputyUnitId") REFERENCES "Unit" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
-- Terms before this migration came from bloc imports and were in force from their import: started then.
INSERT INTO "new_Term" ("blocId", "createdAt", "deputyUnitId", "id", "leaderUnitId", "updatedAt", "year", "startedAt") SELECT "blocId", "createdAt", "deputyUnitId", "id", "leaderUnitId", "updatedAt", "year", "createdAt" FROM "Term";
DROP TABLE "Term";
ALTER TABLE "new_Term" RENAME TO "Term";
CREATE UNIQUE INDEX "Term_blocId_year_key" ON "Term"("blocId", "year");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
