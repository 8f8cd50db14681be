import { createCallbackData, idField } from "../../create-callback-data.js";

// Removing a member: the first press asks, the second removes.
export const askRemoval = createCallbackData("mr", { membershipId: idField });
export const confirmRemoval = createCallbackData("mc", { membershipId: idField });
