// Shapes shared by the fake Bot API's parts. They follow the Bot API's JSON (snake_case) loosely on purpose:
// tests build partial updates by hand, and telegraf's own union types would force every field.

export type Json = Record<string, unknown>;

export type FakeUser = {
  id: number;
  is_bot: boolean;
  first_name: string;
  last_name?: string;
  username?: string;
  language_code?: string;
};

export type ChatType = "private" | "group" | "supergroup" | "channel";

export type FakeChat = {
  id: number;
  type: ChatType;
  title?: string;
  first_name?: string;
  last_name?: string;
  username?: string;
};

export type FakeMessage = Json & {
  message_id: number;
  chat: FakeChat;
  date: number;
  from?: FakeUser;
  text?: string;
  caption?: string;
  reply_markup?: unknown;
};

export type FakeUpdate = Json & { update_id: number };

/** An update as a test writes it: `update_id` is filled in when missing. */
export type PartialUpdate = Json & { update_id?: number };

/** A user by id (a plain private-chat user is made up) or by (partial) User object. */
export type UserRef = number | (Partial<FakeUser> & { id: number });

/** A chat by id (type follows the sign of the id) or by (partial) Chat object. */
export type ChatRef = number | (Partial<FakeChat> & { id: number });

/** Which message a button press belongs to: a Bot API message or an entry of `api.sent()`. */
export type MessageRef = { chat: { id: number }; message_id: number } | { chatId: number; messageId: number };

export type FaultReply =
  | { kind: "429"; retryAfter: number }
  | { kind: "403"; description?: string }
  | { kind: "400"; description?: string }
  | { kind: "migrate"; migrateToChatId: number }
  | { kind: "5xx"; status?: 500 | 502 | 503 | 504 }
  | { kind: "slow"; ms: number }
  /**
   * Destroy the socket without answering. With `afterProcessing` the call takes effect first (the message is
   * delivered, only the answer is lost): the case that makes a sender retry and post a duplicate.
   */
  | { kind: "drop"; afterProcessing?: boolean };

/** An exact method name, a prefix ending in `*` ("send*"), "*" for all, or a list of those. */
export type MethodMatcher = string | readonly string[];

export type FailOptions = {
  method: MethodMatcher;
  chatId?: number;
  /** How many matching calls fail; `Infinity` for all of them. */
  times?: number;
  reply: FaultReply;
};

export type FailRandomlyOptions = {
  method: MethodMatcher;
  chatId?: number;
  /** Share of matching calls that fail, 0..1. */
  ratio: number;
  reply: FaultReply;
  seed?: number;
};

/** "dropped": no answer reached the client, either a scripted drop or the client hung up first. */
export type CallOutcome = "ok" | "error" | "dropped";

export type FakeCall = {
  method: string;
  params: Json;
  chatId?: number;
  /** performance.now() when the request was read. */
  at: number;
  atEpochMs: number;
  outcome: CallOutcome;
  errorCode?: number;
  description?: string;
  result?: unknown;
  /** Set when the call put a message in front of the user, even if the answer was then dropped. */
  messageId?: number;
  fault?: FaultReply["kind"];
};

export type SentFile = {
  kind: "document" | "photo";
  file_id: string;
  file_unique_id: string;
  file_size: number;
  fileName?: string;
  mimeType?: string;
};

export type SentMessage = {
  method: string;
  chatId: number;
  messageId: number;
  text?: string;
  caption?: string;
  file?: SentFile;
  replyMarkup?: unknown;
  params: Json;
  at: number;
  /** False when the message was delivered but the answer was dropped. */
  answered: boolean;
};

export type MemberStatus = "creator" | "administrator" | "member" | "restricted" | "left" | "kicked";

export type MemberSetting = {
  status: MemberStatus;
  can_pin_messages?: boolean;
  /** Whose membership; the bot's own when omitted. */
  userId?: number;
};
