import type { Db, Tx } from "../../../db/create-database.js";
import type { LeafEntry } from "../calculate/scoring-types.js";
import type { SheetLayer } from "../sheets/sheet-value.js";

export type SheetLayers = Record<SheetLayer, LeafEntry[]>;

// Every entry of the round's sheets that are in (not drafts), per sheet and layer. A round of 1,000 units on a
// 230-leaf scale holds some 270,000 entries, and Prisma spends about 7 µs of CPU on each row it hands back (1.9 s
// for the round, most of it allocation and garbage collection): so SQLite packs each sheet's layer into one text
// (string_agg: SQLite 3.44+ and PostgreSQL) and only ~2,500 rows leave it. A figure travels as SQL's own text of
// the number (REAL to text round-trips in SQLite as float8 to text does in PostgreSQL), an absent one as "".
// Ids are cuids or UUIDs, so "," and ";" never occur in them.
export async function loadSheetEntries(db: Db | Tx, roundId: string): Promise<Map<string, SheetLayers>> {
  const rows = await db.$queryRaw<{ sheetId: string; layer: string; entries: string }[]>`
    SELECT e."sheetId" AS "sheetId", e."layer" AS "layer", string_agg(
      e."nodeId"
      || ',' || CASE WHEN e."assigned" THEN '1' ELSE '0' END
      || ',' || COALESCE(CASE WHEN e."passed" THEN '1' WHEN NOT e."passed" THEN '0' END, '')
      || ',' || COALESCE(CAST(e."points" AS TEXT), '')
      || ',' || COALESCE(CAST(e."count" AS TEXT), '')
      || ',' || COALESCE(CAST(e."result" AS TEXT), '')
      || ',' || COALESCE(CAST(e."target" AS TEXT), ''),
      ';') AS "entries"
    FROM "ScoreEntry" e JOIN "ScoreSheet" s ON s."id" = e."sheetId"
    WHERE s."roundId" = ${roundId} AND s."state" <> 'draft'
    GROUP BY e."sheetId", e."layer"`;
  const bySheet = new Map<string, SheetLayers>();
  for (const row of rows) {
    let layers = bySheet.get(row.sheetId);
    if (!layers) bySheet.set(row.sheetId, (layers = { self: [], review: [], final: [] }));
    const list = layers[row.layer as SheetLayer];
    if (!list) continue;
    for (const packed of row.entries.split(";")) list.push(unpackEntry(packed));
  }
  return bySheet;
}

const figureFields = ["points", "count", "result", "target"] as const;

// Called once per entry (270,000 times for the round above): an indexed loop, no iterator or rest array.
function unpackEntry(packed: string): LeafEntry {
  const parts = packed.split(",");
  const entry: LeafEntry = { leafId: parts[0]!, assigned: parts[1] === "1" };
  if (parts[2] !== "") entry.passed = parts[2] === "1";
  for (let i = 0; i < figureFields.length; i++) {
    const text = parts[3 + i]!;
    if (text !== "") entry[figureFields[i]!] = Number(text);
  }
  return entry;
}
