import { z } from "zod";
import { createCallbackData, idField } from "../../create-callback-data.js";

// The ticks of a vote, one base-36 bit mask per title ("5-0-1"): carried in the buttons themselves, so a choice
// not yet cast is written nowhere but in the voter's own message.
export const masksField = z.string().regex(/^[0-9a-z]{1,5}(?:-[0-9a-z]{1,5}){0,3}$/);

// Voting: open the vote message, tick (each button carries the ticks after its press), review, cast.
export const startVote = createCallbackData("vo", { ballotId: idField });
export const tickVote = createCallbackData("vt", { ballotId: idField, masks: masksField });
export const reviewVote = createCallbackData("vk", { ballotId: idField, masks: masksField });
export const castVote = createCallbackData("vc", { ballotId: idField, masks: masksField });
// "Uỷ quyền bỏ phiếu": the signatory picks a colleague.
export const chooseDelegate = createCallbackData("vd", { ballotId: idField });
export const delegateTo = createCallbackData("vp", { ballotId: idField, personId: idField });
// The leader closes; anyone sees the results; the leader and the board take the documents.
export const askClose = createCallbackData("vx", { ballotId: idField });
export const confirmClose = createCallbackData("vy", { ballotId: idField });
export const showResults = createCallbackData("vr", { ballotId: idField });
export const minutesFile = createCallbackData("vm", { ballotId: idField });
export const proposalFile = createCallbackData("vq", { ballotId: idField });
// The leader unit sets next year's term from the election titles.
export const applyElection = createCallbackData("ve", { ballotId: idField });
// Opening (the leader's wizard): a title preset, the seats of a title, a candidate, a rule, next, open.
export const startOpen = createCallbackData("vwb", {});
export const togglePreset = createCallbackData("vwp", { preset: z.enum(["flag", "merit", "leader", "deputy"]) });
export const changeSeats = createCallbackData("vws", { delta: z.enum(["up", "down"]) });
export const toggleCandidate = createCallbackData("vwc", { unit: z.string().regex(/^\d{1,3}$/) });
export const toggleRule = createCallbackData("vwr", { rule: z.enum(["secret", "base", "self", "tie", "quorum"]) });
export const nextStep = createCallbackData("vwn", {});
export const openBallot = createCallbackData("vwo", {});
