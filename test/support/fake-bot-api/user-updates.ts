import type { ChatState } from "./chat-state.js";
import { documentOf, type FileStore } from "./file-store.js";
import type { ChatRef, FakeMessage, FakeUpdate, Json, MessageRef, PartialUpdate, UserRef } from "./types.js";

/** Builds the updates a user's actions produce, keeping the chat state in step as Telegram would. */
export class UserUpdates {
  private callbackCounter = 0;

  constructor(
    private readonly chats: ChatState,
    private readonly files: FileStore,
    private readonly push: (update: PartialUpdate) => FakeUpdate,
  ) {}

  text(from: UserRef, text: string, chat?: ChatRef): FakeUpdate {
    return this.message(from, chat, { text, ...commandEntities(text) });
  }

  document(from: UserRef, fileRef: string | { file_id: string }, caption?: string, chat?: ChatRef): FakeUpdate {
    const fileId = typeof fileRef === "string" ? fileRef : fileRef.file_id;
    const file = this.files.get(fileId);
    if (!file) throw new Error(`fake Bot API: no file ${fileId}; seed it with api.addFile() first`);
    return this.message(from, chat, { document: documentOf(file), ...(caption !== undefined ? { caption } : {}) });
  }

  /** A document sent as a reply to one of the bot's messages (Telegram's "Reply"). */
  replyDocument(from: UserRef, fileRef: string | { file_id: string }, replyTo: MessageRef): FakeUpdate {
    const fileId = typeof fileRef === "string" ? fileRef : fileRef.file_id;
    const file = this.files.get(fileId);
    if (!file) throw new Error(`fake Bot API: no file ${fileId}; seed it with api.addFile() first`);
    const repliedTo = this.resolveMessage(this.chats.user(from).id, replyTo);
    return this.message(from, undefined, { document: documentOf(file), reply_to_message: repliedTo });
  }

  /** A callback_query on `message`, by default the bot's latest message in the user's private chat. */
  press(fromRef: UserRef, data: string, messageRef?: MessageRef): FakeUpdate {
    const from = this.chats.user(fromRef);
    const message = this.resolveMessage(from.id, messageRef);
    const id = `${from.id}${String(++this.callbackCounter).padStart(6, "0")}`;
    this.chats.rememberCallbackQuery(id, message.chat.id);
    return this.push({
      callback_query: {
        id,
        from,
        message,
        // Stable per chat, as Telegram's is.
        chat_instance: String(Math.abs(message.chat.id) * 7919),
        data,
      },
    });
  }

  private message(fromRef: UserRef, chatRef: ChatRef | undefined, content: Json): FakeUpdate {
    const from = this.chats.user(fromRef);
    const chat = this.chats.chat(chatRef ?? from.id);
    const message: FakeMessage = {
      message_id: this.chats.nextMessageId(chat.id),
      from,
      chat,
      date: Math.floor(Date.now() / 1000),
      ...content,
    };
    return this.push({ message });
  }

  private resolveMessage(userId: number, ref: MessageRef | undefined): FakeMessage {
    if (ref === undefined) {
      const latest = this.chats.lastBotMessage(userId);
      if (!latest)
        throw new Error(`fake Bot API: the bot has sent nothing to chat ${userId}, so there is no button to press`);
      return latest;
    }
    const [chatId, messageId] = "chatId" in ref ? [ref.chatId, ref.messageId] : [ref.chat.id, ref.message_id];
    const stored = this.chats.message(chatId, messageId);
    if (stored) return stored;
    if ("chatId" in ref) throw new Error(`fake Bot API: no message ${messageId} in chat ${chatId}`);
    return ref as FakeMessage;
  }
}

/** Telegram marks a leading "/command" (with an optional "@botname") as a bot_command entity. */
function commandEntities(text: string): Json {
  const match = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(text);
  return match ? { entities: [{ type: "bot_command", offset: 0, length: match[0].length }] } : {};
}
