import type { ChatRef, FakeChat, FakeMessage, FakeUser, Json, MemberSetting, MemberStatus, UserRef } from "./types.js";

type Membership = { status: MemberStatus; can_pin_messages: boolean };

/** What "Telegram" knows about chats: who is in them, which messages exist, what is pinned. */
export class ChatState {
  private chats = new Map<number, FakeChat>();
  private users = new Map<number, FakeUser>();
  private messages = new Map<number, Map<number, FakeMessage>>();
  private lastMessageId = new Map<number, number>();
  private members = new Map<string, Membership>();
  private pinned = new Map<number, number>();
  private callbackQueries = new Map<string, { chatId?: number; answered: boolean }>();

  constructor(readonly bot: FakeUser) {}

  user(ref: UserRef): FakeUser {
    const id = typeof ref === "number" ? ref : ref.id;
    const known = this.users.get(id);
    const given = typeof ref === "number" ? {} : ref;
    const user: FakeUser = { ...(known ?? { id, is_bot: false, first_name: `User ${id}` }), ...given, id };
    this.users.set(id, user);
    return user;
  }

  /** Chats by id: positive ids are private chats with that user, negative ones supergroups. */
  chat(ref: ChatRef): FakeChat {
    const id = typeof ref === "number" ? ref : ref.id;
    const known = this.chats.get(id);
    const given = typeof ref === "number" ? {} : ref;
    const chat: FakeChat = { ...(known ?? this.inventChat(id)), ...given, id };
    this.chats.set(id, chat);
    return chat;
  }

  /** Message ids are per chat and shared by the bot's and the users' messages, as in Telegram. */
  nextMessageId(chatId: number): number {
    const next = (this.lastMessageId.get(chatId) ?? 0) + 1;
    this.lastMessageId.set(chatId, next);
    return next;
  }

  remember(message: FakeMessage): void {
    const chatId = message.chat.id;
    this.chat(message.chat);
    if (message.from) this.user(message.from);
    let inChat = this.messages.get(chatId);
    if (!inChat) this.messages.set(chatId, (inChat = new Map()));
    inChat.set(message.message_id, message);
    if (message.message_id > (this.lastMessageId.get(chatId) ?? 0)) this.lastMessageId.set(chatId, message.message_id);
  }

  message(chatId: number, messageId: number): FakeMessage | undefined {
    return this.messages.get(chatId)?.get(messageId);
  }

  forget(chatId: number, messageId: number): boolean {
    return this.messages.get(chatId)?.delete(messageId) ?? false;
  }

  /** The chat's messages as the user sees them now (edits applied, deletions gone), oldest first. */
  messagesIn(chatId: number): FakeMessage[] {
    return [...(this.messages.get(chatId)?.values() ?? [])].sort((a, b) => a.message_id - b.message_id);
  }

  lastBotMessage(chatId: number): FakeMessage | undefined {
    return this.messagesIn(chatId)
      .reverse()
      .find((m) => m.from?.id === this.bot.id);
  }

  setMember(chatId: number, setting: MemberSetting): void {
    this.members.set(`${chatId}:${setting.userId ?? this.bot.id}`, {
      status: setting.status,
      can_pin_messages:
        setting.can_pin_messages ?? (setting.status === "creator" || setting.status === "administrator"),
    });
  }

  /** A ChatMember object. Unless a test says otherwise the bot is an admin that may pin, everyone else a member. */
  member(chatId: number, userId: number): Json {
    const user = userId === this.bot.id ? this.bot : this.user(userId);
    const isGroup = this.chat(chatId).type !== "private";
    const membership = this.members.get(`${chatId}:${userId}`) ?? {
      status: isGroup && userId === this.bot.id ? "administrator" : "member",
      can_pin_messages: isGroup && userId === this.bot.id,
    };
    switch (membership.status) {
      case "creator":
        return { status: "creator", user, is_anonymous: false };
      case "administrator":
        return {
          status: "administrator",
          user,
          can_be_edited: false,
          is_anonymous: false,
          can_manage_chat: true,
          can_delete_messages: true,
          can_manage_video_chats: true,
          can_restrict_members: true,
          can_promote_members: false,
          can_change_info: true,
          can_invite_users: true,
          can_post_stories: false,
          can_edit_stories: false,
          can_delete_stories: false,
          can_pin_messages: membership.can_pin_messages,
          can_manage_topics: false,
        };
      case "restricted":
        return {
          status: "restricted",
          user,
          is_member: true,
          can_send_messages: true,
          can_pin_messages: membership.can_pin_messages,
          until_date: 0,
        };
      case "kicked":
        return { status: "kicked", user, until_date: 0 };
      default:
        return { status: membership.status, user };
    }
  }

  botStatus(chatId: number): { status: MemberStatus; canPin: boolean } {
    const member = this.member(chatId, this.bot.id);
    return {
      status: member["status"] as MemberStatus,
      canPin: member["status"] === "creator" || member["can_pin_messages"] === true,
    };
  }

  pin(chatId: number, messageId: number | undefined): void {
    if (messageId === undefined) this.pinned.delete(chatId);
    else this.pinned.set(chatId, messageId);
  }

  pinnedMessage(chatId: number): FakeMessage | undefined {
    const id = this.pinned.get(chatId);
    return id === undefined ? undefined : this.message(chatId, id);
  }

  rememberCallbackQuery(id: string, chatId: number | undefined): void {
    this.callbackQueries.set(id, { chatId, answered: false });
  }

  callbackQuery(id: string): { chatId?: number; answered: boolean } | undefined {
    return this.callbackQueries.get(id);
  }

  private inventChat(id: number): FakeChat {
    if (id > 0) {
      const user = this.users.get(id);
      return {
        id,
        type: "private",
        first_name: user?.first_name ?? `User ${id}`,
        ...(user?.last_name !== undefined ? { last_name: user.last_name } : {}),
        ...(user?.username !== undefined ? { username: user.username } : {}),
      };
    }
    return { id, type: "supergroup", title: `Group ${id}` };
  }
}
