import { ApiError, badRequest, forbidden } from "./api-error.js";
import type { ChatState } from "./chat-state.js";
import { documentOf, type FileKind, type FileStore, type StoredFile } from "./file-store.js";
import type { Upload } from "./request-params.js";
import type { UpdateQueue } from "./update-queue.js";
import type { FakeMessage, FakeUser, Json } from "./types.js";

export type MethodCall = { params: Json; uploads: Map<string, Upload>; signal: AbortSignal };
type Handler = (call: MethodCall) => unknown;

// Telegram's own limits; a bot that exceeds them gets these errors in production, so it should here too.
const MAX_TEXT = 4096;
const MAX_CAPTION = 1024;
const MAX_CALLBACK_DATA_BYTES = 64;
const MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024;

const NOT_MODIFIED =
  "message is not modified: specified new message content and reply markup are exactly the same as a previous message and the reply markup of a message";

/** The Bot API methods the fake implements, with Telegram's result shapes and its more common refusals. */
export class BotApiMethods {
  private webhookUrl = "";
  private commands = new Map<string, unknown[]>();
  // The bot's profile texts, by kind and language ("" for the default).
  private profile = new Map<string, string>();
  private readonly handlers: Record<string, Handler>;
  private readonly byLowerCase: Map<string, string>;

  constructor(
    private readonly bot: FakeUser & { username: string },
    private readonly chats: ChatState,
    private readonly files: FileStore,
    private readonly updates: UpdateQueue,
  ) {
    this.handlers = {
      getMe: () => ({
        ...this.bot,
        can_join_groups: true,
        can_read_all_group_messages: false,
        supports_inline_queries: false,
        can_connect_to_business: false,
        has_main_web_app: false,
      }),
      getUpdates: ({ params, signal }) => this.getUpdates(params, signal),
      setWebhook: ({ params }) => this.setWebhook(params),
      deleteWebhook: ({ params }) => {
        this.webhookUrl = "";
        if (params["drop_pending_updates"] === true) this.updates.clear();
        return true;
      },
      getWebhookInfo: () => ({
        url: this.webhookUrl,
        has_custom_certificate: false,
        pending_update_count: this.updates.pending().length,
      }),
      sendMessage: ({ params }) => this.sendMessage(params),
      sendDocument: (call) => this.sendFile("document", call),
      sendPhoto: (call) => this.sendFile("photo", call),
      sendChatAction: ({ params }) => {
        this.postableChat(params);
        return true;
      },
      editMessageText: ({ params }) => this.editMessageText(params),
      editMessageReplyMarkup: ({ params }) => this.editMessageReplyMarkup(params),
      deleteMessage: ({ params }) => {
        const chatId = requireChatId(params);
        if (!this.chats.forget(chatId, requireInteger(params, "message_id")))
          throw badRequest("message to delete not found");
        return true;
      },
      answerCallbackQuery: ({ params }) => this.answerCallbackQuery(params),
      pinChatMessage: ({ params }) => this.pin(params, true),
      unpinChatMessage: ({ params }) => this.pin(params, false),
      getChat: ({ params }) => this.getChat(params),
      getChatMember: ({ params }) => {
        const chatId = requireChatId(params);
        return this.chats.member(chatId, requireInteger(params, "user_id"));
      },
      setMyCommands: ({ params }) => this.setMyCommands(params),
      setMyDescription: ({ params }) => this.setProfileText(params, "description", 512),
      setMyShortDescription: ({ params }) => this.setProfileText(params, "short_description", 120),
      getMyDescription: ({ params }) => ({ description: this.profileText(params, "description") }),
      getMyShortDescription: ({ params }) => ({ short_description: this.profileText(params, "short_description") }),
      getMyCommands: ({ params }) => this.commands.get(commandsKey(params)) ?? [],
      deleteMyCommands: ({ params }) => {
        this.commands.delete(commandsKey(params));
        return true;
      },
      getFile: ({ params }) => {
        const file = this.files.get(String(params["file_id"] ?? ""));
        if (!file) throw badRequest("invalid file_id");
        if (file.file_size > MAX_DOWNLOAD_BYTES) throw badRequest("file is too big");
        return {
          file_id: file.file_id,
          file_unique_id: file.file_unique_id,
          file_size: file.file_size,
          file_path: file.file_path,
        };
      },
    };
    this.byLowerCase = new Map(Object.keys(this.handlers).map((name) => [name.toLowerCase(), name]));
  }

  /** The method's proper name; Bot API method names are case-insensitive. */
  canonical(method: string): string | undefined {
    return this.byLowerCase.get(method.toLowerCase());
  }

  async call(method: string, call: MethodCall): Promise<unknown> {
    const handler = this.handlers[method];
    if (!handler) throw new ApiError(404, "Not Found: method not found");
    return await handler(call);
  }

  /** The chat a call concerns, for fault matching and the call log. */
  chatOf(method: string, params: Json): number | undefined {
    if (method === "answerCallbackQuery") return this.chats.callbackQuery(String(params["callback_query_id"]))?.chatId;
    return optionalChatId(params);
  }

  private async getUpdates(params: Json, signal: AbortSignal) {
    if (this.webhookUrl)
      throw new ApiError(
        409,
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      );
    const allowed = params["allowed_updates"];
    return await this.updates.poll(
      {
        ...(typeof params["offset"] === "number" ? { offset: params["offset"] } : {}),
        ...(typeof params["limit"] === "number" ? { limit: params["limit"] } : {}),
        ...(typeof params["timeout"] === "number" ? { timeoutSeconds: params["timeout"] } : {}),
        ...(Array.isArray(allowed) ? { allowedUpdates: allowed.map(String) } : {}),
      },
      signal,
    );
  }

  private setWebhook(params: Json) {
    const url = String(params["url"] ?? "");
    if (url !== "" && !url.startsWith("https://"))
      throw badRequest("bad webhook: An HTTPS URL must be provided for webhook");
    this.webhookUrl = url;
    if (params["drop_pending_updates"] === true) this.updates.clear();
    return true;
  }

  private sendMessage(params: Json) {
    const chatId = this.postableChat(params);
    const text = typeof params["text"] === "string" ? params["text"] : "";
    if (text.trim() === "") throw badRequest("message text is empty");
    if (text.length > MAX_TEXT) throw badRequest("message is too long");
    return this.deliver(chatId, params, { text, ...pick(params, "entities") });
  }

  private sendFile(kind: FileKind, { params, uploads }: MethodCall) {
    const chatId = this.postableChat(params);
    const caption = typeof params["caption"] === "string" ? params["caption"] : undefined;
    if (caption !== undefined && caption.length > MAX_CAPTION) throw badRequest("message caption is too long");
    const file = this.resolveFile(kind, params[kind], uploads);
    const content =
      kind === "document"
        ? { document: documentOf(file) }
        : // One size only: the fake does not decode images, so the dimensions are nominal.
          {
            photo: [
              {
                file_id: file.file_id,
                file_unique_id: file.file_unique_id,
                file_size: file.file_size,
                width: 800,
                height: 600,
              },
            ],
          };
    return this.deliver(chatId, params, {
      ...content,
      ...(caption !== undefined ? { caption } : {}),
      ...pick(params, "caption_entities"),
    });
  }

  private resolveFile(kind: FileKind, value: unknown, uploads: Map<string, Upload>): StoredFile {
    const upload =
      uploads.get(kind) ??
      (typeof value === "string" && value.startsWith("attach://") ? uploads.get(value.slice(9)) : undefined);
    if (upload) {
      if (upload.bytes.length === 0) throw badRequest("file must be non-empty");
      return this.files.add(upload.bytes, { kind, fileName: upload.fileName, mimeType: upload.mimeType });
    }
    if (typeof value !== "string" || value === "") throw badRequest(`there is no ${kind} in the request`);
    // The fake does not fetch URLs: a bot that sends links to files must be tested some other way.
    if (/^https?:\/\//.test(value)) throw badRequest("failed to get HTTP URL content");
    const known = this.files.get(value);
    if (!known) throw badRequest("wrong file identifier/HTTP URL specified");
    return known;
  }

  private deliver(chatId: number, params: Json, content: Json): FakeMessage {
    const replyMarkup = inlineMarkup(params["reply_markup"]);
    const replyTo = replyToId(params);
    const original = replyTo === undefined ? undefined : this.chats.message(chatId, replyTo);
    if (replyTo !== undefined && !original && !mayReplyToNothing(params))
      throw badRequest("message to be replied not found");
    const message: FakeMessage = {
      message_id: this.chats.nextMessageId(chatId),
      from: this.bot,
      chat: this.chats.chat(chatId),
      date: nowSeconds(),
      ...(original ? { reply_to_message: original } : {}),
      ...content,
      ...(replyMarkup ? { reply_markup: replyMarkup } : {}),
    };
    this.chats.remember(message);
    return message;
  }

  private editMessageText(params: Json) {
    if (params["inline_message_id"] !== undefined) return true;
    const message = this.editableMessage(params);
    if (message.text === undefined) throw badRequest("there is no text in the message to edit");
    const text = typeof params["text"] === "string" ? params["text"] : "";
    if (text.trim() === "") throw badRequest("message text is empty");
    if (text.length > MAX_TEXT) throw badRequest("message is too long");
    // Telegram drops the inline keyboard when an edit does not repeat it.
    const replyMarkup = inlineMarkup(params["reply_markup"]);
    if (message.text === text && sameMarkup(message.reply_markup, replyMarkup)) throw badRequest(NOT_MODIFIED);
    return this.replace(message, { text, ...pick(params, "entities") }, replyMarkup, ["text", "entities"]);
  }

  private editMessageReplyMarkup(params: Json) {
    if (params["inline_message_id"] !== undefined) return true;
    const message = this.editableMessage(params);
    const replyMarkup = inlineMarkup(params["reply_markup"]);
    if (sameMarkup(message.reply_markup, replyMarkup)) throw badRequest(NOT_MODIFIED);
    return this.replace(message, {}, replyMarkup, []);
  }

  private editableMessage(params: Json): FakeMessage {
    const chatId = requireChatId(params);
    const message = this.chats.message(chatId, requireInteger(params, "message_id"));
    if (!message) throw badRequest("message to edit not found");
    if (message.from?.id !== this.bot.id) throw badRequest("message can't be edited");
    return message;
  }

  private replace(
    message: FakeMessage,
    content: Json,
    replyMarkup: Json | undefined,
    replacedKeys: string[],
  ): FakeMessage {
    const edited: FakeMessage = { ...message, ...content, edit_date: nowSeconds() };
    for (const key of [...replacedKeys, "reply_markup"]) if (!(key in content)) delete edited[key];
    if (replyMarkup) edited.reply_markup = replyMarkup;
    this.chats.remember(edited);
    return edited;
  }

  private answerCallbackQuery(params: Json) {
    const id = String(params["callback_query_id"] ?? "");
    const query = this.chats.callbackQuery(id);
    if (!query || query.answered)
      throw badRequest("query is too old and response timeout expired or query ID is invalid");
    query.answered = true;
    return true;
  }

  private pin(params: Json, pin: boolean) {
    const chatId = this.postableChat(params);
    const chat = this.chats.chat(chatId);
    if (chat.type !== "private" && !this.chats.botStatus(chatId).canPin) {
      throw badRequest("not enough rights to manage pinned messages in the chat");
    }
    if (pin) {
      const messageId = requireInteger(params, "message_id");
      if (!this.chats.message(chatId, messageId)) throw badRequest("message to pin not found");
      this.chats.pin(chatId, messageId);
    } else {
      const pinned = this.chats.pinnedMessage(chatId);
      const messageId = typeof params["message_id"] === "number" ? params["message_id"] : undefined;
      if (pinned && (messageId === undefined || messageId === pinned.message_id)) this.chats.pin(chatId, undefined);
    }
    return true;
  }

  private getChat(params: Json) {
    const chatId = this.postableChat(params);
    const pinned = this.chats.pinnedMessage(chatId);
    return {
      ...this.chats.chat(chatId),
      accent_color_id: 0,
      max_reaction_count: 11,
      ...(pinned ? { pinned_message: pinned } : {}),
    };
  }

  private setMyCommands(params: Json) {
    const commands = params["commands"];
    if (!Array.isArray(commands)) throw badRequest('parameter "commands" is required');
    for (const entry of commands as Json[]) {
      if (typeof entry?.["command"] !== "string" || !/^[a-z0-9_]{1,32}$/.test(entry["command"]))
        throw badRequest("BOT_COMMAND_INVALID");
      const description = entry["description"];
      if (typeof description !== "string" || description.length === 0 || description.length > 256) {
        throw badRequest("command description is empty");
      }
    }
    this.commands.set(commandsKey(params), commands);
    return true;
  }

  // Telegram's limits: 512 characters for the description, 120 for the short one; empty removes it.
  private setProfileText(params: Json, kind: string, max: number) {
    const text = String(params[kind] ?? "");
    if (text.length > max) throw badRequest(`${kind} is too long`);
    this.profile.set(`${kind}|${String(params["language_code"] ?? "")}`, text);
    return true;
  }

  private profileText(params: Json, kind: string): string {
    const language = String(params["language_code"] ?? "");
    return this.profile.get(`${kind}|${language}`) ?? "";
  }

  /** A chat the bot may write to: a group it has left or been kicked from refuses with 403. */
  private postableChat(params: Json): number {
    const chatId = requireChatId(params);
    const chat = this.chats.chat(chatId);
    if (chat.type !== "private") {
      const { status } = this.chats.botStatus(chatId);
      if (status === "kicked") throw forbidden(`bot was kicked from the ${chat.type} chat`);
      if (status === "left") throw forbidden(`bot is not a member of the ${chat.type} chat`);
    }
    return chatId;
  }
}

function optionalChatId(params: Json): number | undefined {
  const raw = params["chat_id"];
  if (typeof raw === "number") return raw;
  if (typeof raw === "string" && /^-?\d+$/.test(raw)) return Number(raw);
  return undefined;
}

function requireChatId(params: Json): number {
  if (params["chat_id"] === undefined || params["chat_id"] === "") throw badRequest("chat_id is empty");
  const chatId = optionalChatId(params);
  // "@channelname" chat ids are not modelled.
  if (chatId === undefined || chatId === 0) throw badRequest("chat not found");
  return chatId;
}

function requireInteger(params: Json, key: string): number {
  const raw = params[key];
  const value = typeof raw === "string" && /^-?\d+$/.test(raw) ? Number(raw) : raw;
  if (typeof value !== "number" || !Number.isInteger(value)) throw badRequest(`${key} is empty`);
  return value;
}

function replyToId(params: Json): number | undefined {
  const direct = params["reply_to_message_id"];
  if (typeof direct === "number") return direct;
  const nested = (params["reply_parameters"] as Json | undefined)?.["message_id"];
  return typeof nested === "number" ? nested : undefined;
}

function mayReplyToNothing(params: Json): boolean {
  const nested = (params["reply_parameters"] as Json | undefined)?.["allow_sending_without_reply"];
  return params["allow_sending_without_reply"] === true || nested === true;
}

/** Only inline keyboards are part of the message Telegram returns; reply keyboards live on the client. */
function inlineMarkup(markup: unknown): Json | undefined {
  if (!markup || typeof markup !== "object") return undefined;
  const rows = (markup as Json)["inline_keyboard"];
  if (!Array.isArray(rows)) return undefined;
  for (const row of rows as unknown[]) {
    if (!Array.isArray(row))
      throw badRequest("can't parse inline keyboard button: InlineKeyboardButton must be an Object");
    for (const button of row as Json[]) {
      if (typeof button?.["text"] !== "string" || button["text"] === "") {
        throw badRequest('can\'t parse inline keyboard button: Field "text" must be of type String');
      }
      const data = button["callback_data"];
      if (
        typeof data === "string" &&
        (data.length === 0 || Buffer.byteLength(data, "utf8") > MAX_CALLBACK_DATA_BYTES)
      ) {
        throw badRequest("BUTTON_DATA_INVALID");
      }
    }
  }
  return rows.length === 0 ? undefined : (markup as Json);
}

function sameMarkup(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function commandsKey(params: Json): string {
  const scope = (params["scope"] as Json | undefined) ?? { type: "default" };
  return JSON.stringify([
    scope["type"],
    scope["chat_id"] ?? null,
    scope["user_id"] ?? null,
    params["language_code"] ?? "",
  ]);
}

function pick(params: Json, key: string): Json {
  return params[key] === undefined ? {} : { [key]: params[key] };
}

const nowSeconds = () => Math.floor(Date.now() / 1000);
