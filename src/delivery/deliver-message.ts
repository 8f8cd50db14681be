import type { Telegram } from "telegraf";
import type { OutboxMessage } from "../generated/prisma/client.js";
import type { Logger } from "../logger.js";
import { describeSendError } from "./classify-send-error.js";
import type { RenderedMessage } from "./create-outbox-renderer.js";
import type { Delivered } from "./send-outcome.js";

export type DeliverMessage = (message: OutboxMessage) => Promise<Delivered>;

export type DeliverMessageOptions = {
  telegram: Telegram;
  logger: Logger;
  render: (message: OutboxMessage) => Promise<RenderedMessage>;
  sendTimeoutMs: number;
};

type CallApi = (method: string, payload: Record<string, unknown>) => Promise<{ message_id: number }>;

// One Telegram request per message (plus the pin), with the text and buttons rendered for its recipient.
export function createDeliverMessage(options: DeliverMessageOptions): DeliverMessage {
  // A timed-out call has an unknown outcome (Telegram may have delivered): it is retried like a network error.
  const call: CallApi = (method, payload) =>
    options.telegram.callApi(method as "sendMessage", payload as never, {
      signal: AbortSignal.timeout(options.sendTimeoutMs) as never,
    }) as Promise<{ message_id: number }>;
  return async (message) => {
    const rendered = await options.render(message);
    if (message.kind === "menu") return setChatMenu(call, message, rendered);
    const sent = await sendContent(call, message, rendered);
    if (!message.pin) return { messageId: sent.message_id };
    return pinMessage(call, options.logger, Number(message.chatId), sent.message_id);
  };
}

// A "menu" row sends no message: it sets the chat's command menu. Without a menu to set (the person is gone, or
// the sender was built without the bot's menus) it settles as done, with no message id (0).
async function setChatMenu(call: CallApi, message: OutboxMessage, rendered: RenderedMessage): Promise<Delivered> {
  if (rendered.commands)
    await call("setMyCommands", {
      commands: rendered.commands,
      scope: { type: "chat", chat_id: Number(message.chatId) },
    });
  return { messageId: 0 };
}

function sendContent(call: CallApi, message: OutboxMessage, rendered: RenderedMessage) {
  const chat_id = Number(message.chatId);
  const { text, replyMarkup: reply_markup, upload } = rendered;
  const reply_parameters = message.replyToMessageId
    ? { message_id: Number(message.replyToMessageId), allow_sending_without_reply: true }
    : undefined;
  const document = message.fileId ?? upload;
  if (message.kind === "document" && document)
    return call("sendDocument", { chat_id, document, caption: text || undefined, reply_markup, reply_parameters });
  if (message.kind === "photo" && message.fileId)
    return call("sendPhoto", {
      chat_id,
      photo: message.fileId,
      caption: text || undefined,
      reply_markup,
      reply_parameters,
    });
  return call("sendMessage", {
    chat_id,
    text,
    link_preview_options: { is_disabled: true },
    reply_markup,
    reply_parameters,
  });
}

// Pinning is a courtesy: a group that took the right away still gets the message, and the reason is kept for the report.
async function pinMessage(call: CallApi, logger: Logger, chat_id: number, message_id: number): Promise<Delivered> {
  try {
    await call("pinChatMessage", { chat_id, message_id, disable_notification: true });
    return { messageId: message_id };
  } catch (error) {
    logger.warn({ chatId: chat_id, err: error }, "could not pin message");
    return { messageId: message_id, pinError: describeSendError(error) };
  }
}
