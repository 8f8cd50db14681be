import { createCallbackData } from "../../create-callback-data.js";

// "Huỷ" under any wizard's question, and "close" under a confirmation.
export const cancelWizard = createCallbackData("fc", {});
export const dismiss = createCallbackData("x", {});
