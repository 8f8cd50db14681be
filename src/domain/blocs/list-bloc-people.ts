import type { Db, Tx } from "../../db/create-database.js";
import { findAudience } from "../audiences/find-audience.js";

// Everyone active in the bloc (units and board), once each: who hears about the bloc-wide outcomes.
export function listBlocPeople(db: Db | Tx, options: { blocId: string }) {
  return findAudience(db, { blocId: options.blocId, audience: { kind: "bloc" } });
}
