import { readFileSync } from "node:fs";
import { BlocFileSchema } from "../../src/domain/blocs/bloc-file-schema.js";
import { importBloc } from "../../src/domain/blocs/import-bloc.js";
import { createInvite } from "../../src/domain/invites/create-invite.js";
import type { Db } from "../../src/db/create-database.js";
import type { MemberRole } from "../../src/domain/members/member-role.js";
import { operatorActor } from "../../src/domain/people/operator-actor.js";
import type { TestUser } from "./bot-harness.js";

export const exampleBlocFile = "examples/bloc-4-kien-giang-2018.json";

export async function seedExampleBloc(db: Db, now = new Date()) {
  const file = BlocFileSchema.parse(JSON.parse(readFileSync(exampleBlocFile, "utf8")));
  const result = await importBloc(db, { file, actor: operatorActor, now });
  const unitId = (code: string) => result.units.find((u) => u.code === code)!.id;
  const invite = async (
    code: string | null,
    role: MemberRole,
    options: { maxUses?: number; ttlMs?: number; at?: Date } = {},
  ) =>
    (
      await createInvite(db, {
        blocId: result.blocId,
        unitId: code ? unitId(code) : null,
        role,
        maxUses: options.maxUses,
        ttlMs: options.ttlMs,
        actor: operatorActor,
        now: options.at ?? now,
      })
    ).token;
  return { ...result, unitId, invite };
}

let nextUserId = 5000;
export function makeUser(firstName: string, languageCode = "vi"): TestUser {
  return { id: nextUserId++, first_name: firstName, last_name: "Test", language_code: languageCode };
}
