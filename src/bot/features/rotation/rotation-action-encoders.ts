import type { MessageAction } from "../../../domain/delivery/message-action.js";
import { termStartYear } from "./rotation-callbacks.js";

type StartYearAction = Extract<MessageAction, { type: "term.start_year" }>;

// The "Bắt đầu năm mới" button on the new leader unit's term-start notice.
export const rotationActionEncoders = {
  "term.start_year": (action: StartYearAction) => termStartYear.pack({ termId: action.termId }),
};
