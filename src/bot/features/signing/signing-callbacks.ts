import { createCallbackData, idField } from "../../create-callback-data.js";

// Opening a round (the leader's wizard).
export const chooseSource = createCallbackData("so", { versionId: idField });
export const chooseUpload = createCallbackData("su", {});
export const skipDeadline = createCallbackData("sn", {});
export const openRound = createCallbackData("sa", {});
// Signing: the first tap asks for a final yes, the second signs.
export const signRound = createCallbackData("sg", { roundId: idField });
export const confirmSignature = createCallbackData("sc", { roundId: idField });
// "Ký thay": the signatory picks a colleague of the same unit.
export const chooseDelegate = createCallbackData("sd", { roundId: idField });
export const delegateTo = createCallbackData("sp", { roundId: idField, personId: idField });
export const voidRound = createCallbackData("sv", { roundId: idField });
