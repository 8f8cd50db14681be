import type { Tx } from "../../../db/create-database.js";

// The hook deciding whether a scale may still change in place. For now a scale is in use once it is active or
// locked; when score sheets exist, "a sheet refers to it" belongs here too.
export async function isScaleInUse(_tx: Tx, scale: { id: string; status: string }): Promise<boolean> {
  return scale.status === "active" || scale.status === "locked";
}
