import type { Db, Tx } from "../../db/create-database.js";
import { findAudience } from "../audiences/find-audience.js";

// The people who act for the leader unit this year: the ones told about things that need the bloc's attention.
export function listLeaderUnitPeople(db: Db | Tx, options: { blocId: string; excludePersonId?: string }) {
  const excludePersonIds = options.excludePersonId ? [options.excludePersonId] : [];
  return findAudience(db, { blocId: options.blocId, audience: { kind: "leader_unit" }, excludePersonIds });
}
