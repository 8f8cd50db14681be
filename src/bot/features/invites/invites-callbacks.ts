import { z } from "zod";
import { unitRoles } from "../../../domain/members/member-role.js";
import { createCallbackData, idField } from "../../create-callback-data.js";

// /invite: the leader picks a unit (or the board), then a role for that unit.
export const chooseInviteUnit = createCallbackData("iu", { unitId: z.union([idField, z.literal("board")]) });
export const chooseInviteRole = createCallbackData("ir", { unitId: idField, role: z.enum(unitRoles) });
