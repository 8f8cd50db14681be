import { z } from "zod";
import { createCallbackData, idField } from "../../create-callback-data.js";

// Removing a member: the first press asks, the second removes.
export const askRemoval = createCallbackData("mr", { membershipId: idField });
export const confirmRemoval = createCallbackData("mc", { membershipId: idField });

// Turning the pages of /members and /bloc (0-based).
const pageField = z.string().regex(/^\d{1,4}$/);
export const membersPage = createCallbackData("mp", { page: pageField });
export const blocPage = createCallbackData("bp", { page: pageField });
