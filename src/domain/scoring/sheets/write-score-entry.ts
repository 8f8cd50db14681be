import type { Tx } from "../../../db/create-database.js";
import { entryColumns, valueOfEntry, type SheetLayer, type SheetValue } from "./sheet-value.js";

export type WriteScoreEntryOptions = {
  sheetId: string;
  nodeId: string;
  layer: SheetLayer;
  value: SheetValue;
  actorId: string | null;
  reason?: string | null;
  bound?: boolean;
  now: Date;
};

// The one way a figure changes: the entry is set and the change (old → new, who, when, why) kept beside it.
export async function writeScoreEntry(tx: Tx, options: WriteScoreEntryOptions): Promise<void> {
  const key = { sheetId: options.sheetId, nodeId: options.nodeId, layer: options.layer };
  const old = await tx.scoreEntry.findUnique({ where: { sheetId_nodeId_layer: key } });
  const data = {
    ...entryColumns(options.value),
    reason: options.reason ?? null,
    updatedById: options.actorId,
    updatedAt: options.now,
    ...(options.bound === undefined ? {} : { bound: options.bound }),
  };
  if (old) await tx.scoreEntry.update({ where: { id: old.id }, data });
  else await tx.scoreEntry.create({ data: { ...key, ...data } });
  await tx.scoreChange.create({
    data: {
      ...key,
      oldValue: old ? JSON.stringify(valueOfEntry(old)) : null,
      newValue: JSON.stringify(options.value),
      actorId: options.actorId,
      reason: options.reason ?? null,
      at: options.now,
    },
  });
}
