import type { Translate } from "../../../i18n/translator.js";
import { describeOffsets } from "../../views/describe-offsets.js";
import { promptView } from "./prompt-view.js";

// The draft's reminder schedule now, and the question for a new one.
export function remindersPromptView(t: Translate, data: { offsets: number[] }) {
  return promptView(t, t("drafts.ask_reminders", { current: describeOffsets(t, data.offsets) }));
}
