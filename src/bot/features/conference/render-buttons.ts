import { Markup } from "telegraf";
import type { InlineKeyboardButton } from "telegraf/types";
import type { MessageButton } from "../../../domain/delivery/message-action.js";
import type { Translate } from "../../../i18n/translator.js";
import { encodeMessageAction } from "../../encode-message-action.js";

// The buttons the domain puts on a conference message, shown in /conference exactly as in the invitation.
export function renderButtons(t: Translate, rows: MessageButton[][]): InlineKeyboardButton[][] {
  return rows.map((row) =>
    row.map((button) =>
      Markup.button.callback(t(button.textKey, button.textParams), encodeMessageAction(button.action)),
    ),
  );
}
